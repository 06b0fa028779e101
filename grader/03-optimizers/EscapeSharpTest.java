import java.util.Locale;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.junit.jupiter.api.Test;

@Exercise("escape-sharp")
class EscapeSharpTest {
  private static Prediction prediction() {
    return Prediction.of("escape-sharp", Submission.escapeSharpPrediction()).among("stay", "escape", "diverge");
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheRun() {
    double[][] minima = Hills.minima();
    double[] end = Hills.descend(new double[] {1.3, 1.3}, 0.5, 100);
    int settled = Hills.settledIn(end, minima);
    int start = Hills.settledIn(Hills.descend(new double[] {1.3, 1.3}, 0.05, 100), minima);
    String outcome = !Double.isFinite(end[0]) || Math.abs(end[0]) > 10 ? "diverge"
        : settled == start ? "stay" : settled >= 0 ? "escape" : "stay";
    double h = 1e-5;
    double sharp = (Hills.gradient(new double[] {minima[2][0] + h, 0})[0]
        - Hills.gradient(new double[] {minima[2][0] - h, 0})[0]) / (2 * h);
    double wide = (Hills.gradient(new double[] {minima[0][0] + h, 0})[0]
        - Hills.gradient(new double[] {minima[0][0] - h, 0})[0]) / (2 * h);
    prediction().assertOutcome(outcome, String.format(Locale.ROOT, "With η = 0.5 the run ends at (%.3f, %.3f). The "
        + "sharp minimum's curvature along w1 is %.2f, so its steps shrink only while η < %.3f; 0.5 is above that, "
        + "and the path bounces out of it. The wide minimum's curvature is %.2f (η < %.3f), so there it settles.",
        end[0], end[1], sharp, 2 / sharp, wide, 2 / wide));
  }
}
