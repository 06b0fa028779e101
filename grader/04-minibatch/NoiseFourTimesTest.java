import java.util.Locale;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.junit.jupiter.api.Test;

@Exercise("noise-four-times")
class NoiseFourTimesTest {
  private static Prediction prediction() {
    return Prediction.of("noise-four-times", Submission.noiseFourTimesPrediction()).among("halves", "quarters", "unchanged");
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheSamplingFormula() {
    // E‖g_B − ∇L‖² = σ²/b · (N − b)/(N − 1) for batches of b distinct examples out of N = 512; σ² cancels in the ratio.
    int n = 512;
    double small = 1.0 / 8 * (n - 8) / (n - 1);
    double large = 1.0 / 32 * (n - 32) / (n - 1);
    double ratio = Math.sqrt(large / small);
    String outcome = ratio < 0.35 ? "quarters" : ratio < 0.7 ? "halves" : "unchanged";
    prediction().assertOutcome(outcome, String.format(Locale.ROOT, "From batch 8 to batch 32 the mean squared distance"
        + " falls like 1/|B|, to %.3f of what it was, so its square root, the spread you see in the clouds, falls to"
        + " %.3f: about half. Four times the batch buys half the noise, not a quarter.", large / small, ratio));
  }
}
