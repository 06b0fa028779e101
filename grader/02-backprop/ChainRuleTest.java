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

  /** Names the usual chain-rule mistake whose value is {@code got}, for ∂J/∂w2 ({@code w2} true) or ∂J/∂w1. */
  private static String diagnose(Submission.TinyForward f, boolean w2, double got) {
    double e = f.yHat() - f.y();
    double s2 = f.yHat() * (1 - f.yHat());
    double s1 = f.a1() * (1 - f.a1());
    double tail = w2 ? f.a1() : f.w2() * s1 * f.x();
    double expected = 2 * e * s2 * tail;
    String[] hints = w2 ? new String[] {
        "That lacks the 2 of dJ/dŷ: J = (ŷ - y)², so dJ/dŷ = 2(ŷ - y).",
        "That lacks the last factor dz2/dw2 = a1: the chain runs from J all the way to w2.",
        "That computes dŷ/dz2 as z2(1 - z2): the sigmoid's slope is ŷ(1 - ŷ), from ŷ = σ(z2), not from z2.",
        "That has the opposite sign: dJ/dŷ = 2(ŷ - y), prediction minus target."}
        : new String[] {
        "That lacks the 2 of dJ/dŷ: J = (ŷ - y)², so dJ/dŷ = 2(ŷ - y).",
        "That lacks the factor dz2/da1 = w2: the gradient reaches a1 through the weight w2.",
        "That uses the output's slope ŷ(1 - ŷ) twice: the hidden unit's own slope is da1/dz1 = a1(1 - a1).",
        "That ends with a1: the last factor is dz1/dw1 = x, since z1 = w1 x.",
        "That computes a sigmoid's slope from z: σ'(z1) is a1(1 - a1) and σ'(z2) is ŷ(1 - ŷ), from the outputs.",
        "That has the opposite sign: dJ/dŷ = 2(ŷ - y), prediction minus target."};
    double[] candidates = w2 ? new double[] {
        e * s2 * tail, 2 * e * s2, 2 * e * f.z2() * (1 - f.z2()) * tail, -expected}
        : new double[] {
        e * s2 * tail, 2 * e * s2 * s1 * f.x(), 2 * e * s2 * f.w2() * s2 * f.x(), 2 * e * s2 * f.w2() * s1 * f.a1(),
        2 * e * f.z2() * (1 - f.z2()) * f.w2() * f.z1() * (1 - f.z1()) * f.x(), -expected};
    for (int k = 0; k < candidates.length; k++) {
      if (Math.abs(got - candidates[k]) < 1e-12 && Math.abs(got - expected) > 1e-12) {
        return hints[k];
      }
    }
    return w2 ? "Multiply the three local derivatives dJ/dŷ · dŷ/dz2 · dz2/dw2, read from f.yHat(), f.y() and f.a1()."
        : "Compared with ∂J/∂w2, replace the last factor a1 by w2 · a1(1 - a1) · x.";
  }

  @Test
  @Points(1)
  void gradientOfW2AtOnePoint() {
    Submission.TinyForward f = Submission.TinyForward.of(2, 1, 0.5, -1.5);
    double a1 = sigma(1);
    double yHat = sigma(-1.5 * a1);
    double expected = 2 * (yHat - 1) * yHat * (1 - yHat) * a1;
    double got = Submission.dJdw2(f);
    assertEquals(expected, got, 1e-12, "at x = 2, y = 1, w1 = 0.5, w2 = -1.5: ∂J/∂w2 = 2(ŷ - y) · ŷ(1 - ŷ) · a1 = "
        + expected + " but dJdw2 returned " + got + ". " + diagnose(f, true, got));
  }

  @Test
  @Points(1)
  void gradientOfW1AtOnePoint() {
    Submission.TinyForward f = Submission.TinyForward.of(2, 1, 0.5, -1.5);
    double a1 = sigma(1);
    double yHat = sigma(-1.5 * a1);
    double expected = 2 * (yHat - 1) * yHat * (1 - yHat) * -1.5 * a1 * (1 - a1) * 2;
    double got = Submission.dJdw1(f);
    assertEquals(expected, got, 1e-12, "at x = 2, y = 1, w1 = 0.5, w2 = -1.5: ∂J/∂w1 = 2(ŷ - y) · ŷ(1 - ŷ) · w2 ·"
        + " a1(1 - a1) · x = " + expected + " but dJdw1 returned " + got + ". " + diagnose(f, false, got));
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
          + " ∂J/∂w2 is %.8f but dJdw2 returned %.8f. %s", x, y, w1, w2, slope, got,
          diagnose(Submission.TinyForward.of(x, y, w1, w2), true, got)));
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
          + " ∂J/∂w1 is %.8f but dJdw1 returned %.8f. %s", x, y, w1, w2, slope, got,
          diagnose(Submission.TinyForward.of(x, y, w1, w2), false, got)));
    }
  }
}
