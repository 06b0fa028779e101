import java.util.Locale;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.junit.jupiter.api.Test;

@Exercise("lecture-neuron-side")
class LectureNeuronSideTest {
  private static Prediction prediction() {
    return Prediction.of("lecture-neuron-side", Submission.lectureNeuronSidePrediction()).among("above", "below");
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheNeuron() {
    double z = 1 + 3 * -1 - 2 * 2;
    double sigma = 1 / (1 + Math.exp(-z));
    prediction().assertOutcome(sigma > 0.5 ? "above" : "below", String.format(Locale.ROOT,
        "z = 1 + 3·(−1) − 2·2 = %.0f; σ(z) > 0.5 exactly when z > 0, and here σ(%.0f) = %.4f: the point lies on "
            + "the side the arrow W points away from.", z, z, sigma));
  }
}
