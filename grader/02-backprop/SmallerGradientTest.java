import java.util.Locale;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.junit.jupiter.api.Test;

@Exercise("smaller-gradient")
class SmallerGradientTest {
  private static Prediction prediction() {
    return Prediction.of("smaller-gradient", Submission.smallerGradientPrediction()).among("w1", "w2");
  }

  private static double sigma(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheChainRule() {
    double x = 1.5, y = 1, w1 = 0.8, w2 = -0.6;
    double a1 = sigma(w1 * x);
    double yHat = sigma(w2 * a1);
    double shared = 2 * (yHat - y) * yHat * (1 - yHat);
    double dw2 = shared * a1;
    double dw1 = shared * w2 * a1 * (1 - a1) * x;
    prediction().assertOutcome(Math.abs(dw1) > Math.abs(dw2) ? "w1" : "w2", String.format(Locale.ROOT,
        "dJ/dw1 = %+.6f and dJ/dw2 = %+.6f. Both share 2(ŷ − y)·ŷ(1 − ŷ); then dJ/dw2 multiplies by a1 = %.4f, "
            + "while dJ/dw1 multiplies by w2 · a1(1 − a1) · x = %.4f · %.4f · %.1f = %.4f.",
        dw1, dw2, a1, w2, a1 * (1 - a1), x, w2 * a1 * (1 - a1) * x));
  }
}
