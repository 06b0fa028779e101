import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.junit.jupiter.api.Test;

@Exercise("minima-reached")
class MinimaReachedTest {
  private static final double[][] STARTS = {{0.3, 0.4}, {-0.2, 0.6}, {0.5, -0.3}, {-0.4, -0.2}, {1.6, 1.5},
      {-2, -1.5}, {0.7, -1.7}, {1.8, -0.2}};

  private static Prediction prediction() {
    return Prediction.of("minima-reached", Submission.minimaReachedPrediction());
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheRuns() {
    double[][] minima = Hills.minima();
    Set<Integer> reached = new TreeSet<>();
    for (double[] start : STARTS) {
      reached.add(Hills.settledIn(Hills.descend(start, 0.1, 100), minima));
    }
    prediction().assertNear(reached.size(), 0.5, String.format(Locale.ROOT, "The eight paths end in minima %s. "
        + "Each start rolls into the basin it begins in: gradient descent only sees the slope where it stands, "
        + "so the start decides the minimum, and a start past a saddle ends in another valley.", reached));
  }
}
