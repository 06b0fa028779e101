import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("chain-rule")
class ChainRuleTest {
  private static double sigma(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  /** J(w1, w2) of the tiny network, computed here. */
  private static double loss(double x, double y, double w1, double w2) {
    double yHat = sigma(w2 * sigma(w1 * x));
    return (yHat - y) * (yHat - y);
  }

  @Test
  @Points(1)
  void gradientOfW2AtOnePoint() {
    Submission.TinyForward f = Submission.TinyForward.of(2, 1, 0.5, -1);
    double a1 = sigma(1);
    double yHat = sigma(-a1);
    double expected = 2 * (yHat - 1) * yHat * (1 - yHat) * a1;
    double got = Submission.dJdw2(f);
    assertEquals(expected, got, 1e-12, "at x = 2, y = 1, w1 = 0.5, w2 = -1: ∂J/∂w2 = 2(ŷ - y) · ŷ(1 - ŷ) · a1 = "
        + expected + " but dJdw2 returned " + got + ". Use f.yHat(), f.y() and f.a1()");
  }

  @Test
  @Points(1)
  void gradientOfW1AtOnePoint() {
    Submission.TinyForward f = Submission.TinyForward.of(2, 1, 0.5, -1);
    double a1 = sigma(1);
    double yHat = sigma(-a1);
    double expected = 2 * (yHat - 1) * yHat * (1 - yHat) * -1 * a1 * (1 - a1) * 2;
    double got = Submission.dJdw1(f);
    assertEquals(expected, got, 1e-12, "at x = 2, y = 1, w1 = 0.5, w2 = -1: ∂J/∂w1 = 2(ŷ - y) · ŷ(1 - ŷ) · w2 · a1(1 - a1)"
        + " · x = " + expected + " but dJdw1 returned " + got
        + ". Compared with ∂J/∂w2, replace the last factor a1 by w2 · a1(1 - a1) · x");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void gradientOfW2IsTheSlopeOfTheLoss() {
    Random random = new Random(21);
    double h = 1e-6;
    for (int k = 0; k < 6; k++) {
      double x = 4 * random.nextDouble() - 2;
      double y = random.nextInt(2);
      double w1 = 3 * random.nextGaussian();
      double w2 = 3 * random.nextGaussian();
      double slope = (loss(x, y, w1, w2 + h) - loss(x, y, w1, w2 - h)) / (2 * h);
      double got = Submission.dJdw2(Submission.TinyForward.of(x, y, w1, w2));
      assertEquals(slope, got, 1e-7, String.format("at x = %.3f, y = %.0f, w1 = %.3f, w2 = %.3f the measured slope"
          + " ∂J/∂w2 is %.8f but dJdw2 returned %.8f", x, y, w1, w2, slope, got));
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void gradientOfW1IsTheSlopeOfTheLoss() {
    Random random = new Random(22);
    double h = 1e-6;
    for (int k = 0; k < 6; k++) {
      double x = 4 * random.nextDouble() - 2;
      double y = random.nextInt(2);
      double w1 = 3 * random.nextGaussian();
      double w2 = 3 * random.nextGaussian();
      double slope = (loss(x, y, w1 + h, w2) - loss(x, y, w1 - h, w2)) / (2 * h);
      double got = Submission.dJdw1(Submission.TinyForward.of(x, y, w1, w2));
      assertEquals(slope, got, 1e-7, String.format("at x = %.3f, y = %.0f, w1 = %.3f, w2 = %.3f the measured slope"
          + " ∂J/∂w1 is %.8f but dJdw1 returned %.8f", x, y, w1, w2, slope, got));
    }
  }
}
