import java.util.Locale;
import org.dlkit.data.Dataset;
import org.dlkit.data.Datasets;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.dlkit.nn.BinaryCrossEntropy;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.Sequential;
import org.dlkit.nn.Sigmoid;
import org.dlkit.optim.Adam;
import org.dlkit.train.DataLoader;
import org.dlkit.train.Trainer;
import org.junit.jupiter.api.Test;

@Exercise("linear-circles")
class LinearCirclesTest {
  private static Prediction prediction() {
    return Prediction.of("linear-circles", Submission.linearCirclesPrediction()).among("half", "most", "all");
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheTraining() {
    Dataset circles = Datasets.circles(300, 0.08, 0.5, 3);
    Sequential linear = new Sequential(
        new Dense(2, 8, new Identity(), Initializers.xavierUniform(), 1),
        new Dense(8, 8, new Identity(), Initializers.xavierUniform(), 2),
        new Dense(8, 1, new Sigmoid(), Initializers.xavierUniform(), 3));
    double accuracy = Trainer.of(linear, BinaryCrossEntropy.onProbabilities(), Adam.of(linear.parameters(), 0.03))
        .epochs(300).fit(DataLoader.of(circles, circles.size())).last().trainAccuracy();
    String outcome = accuracy < 0.625 ? "half" : accuracy < 0.875 ? "most" : "all";
    prediction().assertOutcome(outcome, String.format(Locale.ROOT, "The lab's run of the same network reaches %.3f. "
        + "Without a nonlinearity the three layers are one linear map (your then() shows it), so the boundary is "
        + "one straight line, and any line leaves about half of a ring-and-centre set on the wrong side.", accuracy));
  }
}
