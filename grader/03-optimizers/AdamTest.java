import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.optim.Adam;
import org.junit.jupiter.api.Test;

@Exercise("adam")
class AdamTest {
  private static boolean close(double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      if (!(Math.abs(a[i] - b[i]) < 1e-12)) {
        return false;
      }
    }
    return true;
  }

  /** The weights after the first step of the test below, with ε inside the root or t counted once per weight. */
  private static double[] firstStep(boolean epsilonInside, boolean tPerWeight) {
    double[] g = {300, -0.004, 2};
    double[] w = {1, 1, 1};
    for (int i = 0; i < 3; i++) {
      int t = tPerWeight ? i + 1 : 1;
      double mHat = 0.1 * g[i] / (1 - Math.pow(0.9, t));
      double vHat = 0.001 * g[i] * g[i] / (1 - Math.pow(0.999, t));
      w[i] -= 0.1 * mHat / (epsilonInside ? Math.sqrt(vHat + 1e-8) : Math.sqrt(vHat) + 1e-8);
    }
    return w;
  }

  @Test
  @Points(1)
  void firstStepIsTheLearningRateAgainstTheSign() {
    Submission.AdamRule rule = new Submission.AdamRule(0.1, 0.9, 0.999);
    double[] w = {1, 1, 1};
    rule.step(w, new double[] {300, -0.004, 2});
    double[] expected = {0.9, 1.1, 0.9};
    double step = Math.abs(1 - w[2]);
    String hint = "Compute m̂ = m / (1 − β1^t) and v̂ = v / (1 − β2^t) with t = 1 on the first step.";
    if (Double.isNaN(w[0]) || Double.isInfinite(w[0])) {
      hint = "That divides by zero: t must already be 1 on the first step (count t++ before 1 − β^t), since 1 − β^0 = 0.";
    } else if (Math.abs(step - 0.1 * 0.1 / Math.sqrt(0.001)) < 1e-4) {
      hint = "Every step is η(1 − β1)/√(1 − β2) ≈ 0.316 instead of η: m and v are used without the bias corrections"
          + " 1 − β1^t and 1 − β2^t.";
    } else if (Math.abs(step - 0.1 / Math.sqrt(0.001)) < 1e-3) {
      hint = "That is 31.6 η: m is corrected but v is not; divide by √v̂ with v̂ = v / (1 − β2^t).";
    } else if (close(w, firstStep(true, false))) {
      hint = "That puts ε inside the square root, √(v̂ + ε), which shrinks the step of a small gradient: the text"
          + " divides by √v̂ + ε.";
    } else if (close(w, firstStep(false, true))) {
      hint = "The first weight is right and the others are not: is t counted once per step, before the loop over"
          + " the weights, rather than once per weight?";
    }
    assertArrayEquals(expected, w, 1e-6, "at t = 1 the bias corrections give m̂ = g and v̂ = g², so every weight "
        + "moves by η = 0.1 against the sign of its gradient, whatever its size: expected " + Arrays.toString(expected)
        + " but got " + Arrays.toString(w) + ". " + hint);
  }

  @Test
  @Points(1)
  void matchesThreeStepsWorkedByHand() {
    Submission.AdamRule rule = new Submission.AdamRule(0.01, 0.9, 0.999);
    double[] w = {0.5};
    double[] grads = {1.0, -0.5, 2.0};
    double m = 0;
    double v = 0;
    double expected = 0.5;
    double epsilonInside = 0.5;
    for (int t = 1; t <= 3; t++) {
      double g = grads[t - 1];
      m = 0.9 * m + 0.1 * g;
      v = 0.999 * v + 0.001 * g * g;
      double mHat = m / (1 - Math.pow(0.9, t));
      double vHat = v / (1 - Math.pow(0.999, t));
      expected -= 0.01 * mHat / (Math.sqrt(vHat) + 1e-8);
      epsilonInside -= 0.01 * mHat / Math.sqrt(vHat + 1e-8);
      rule.step(w, new double[] {g});
      String hint = Math.abs(w[0] - epsilonInside) < 1e-15 ? "that puts ε inside the square root, √(v̂ + ε); the"
          + " text divides by √v̂ + ε" : t == 1 ? "check the bias corrections 1 − β1^t and 1 − β2^t with t = 1"
          : "the steps before were right: are m and v kept uncorrected (m̂ and v̂ only in local variables), and is"
          + " t = " + t + " now?";
      assertEquals(expected, w[0], 1e-12, String.format("with gradients 1, -0.5, 2, after step %d w should be "
          + "%.12f but was %.12f; %s", t, expected, w[0], hint));
    }
    assertEquals(3, rule.t, "after three steps t should be 3, but was " + rule.t);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void keepsTheMomentsUncorrected() {
    Submission.AdamRule rule = new Submission.AdamRule(0.01, 0.9, 0.999);
    double[] w = {0, 0};
    rule.step(w, new double[] {1, -2});
    rule.step(w, new double[] {3, 4});
    double[] m = {0.9 * 0.1 * 1 + 0.1 * 3, 0.9 * 0.1 * -2 + 0.1 * 4};
    double[] v = {0.999 * 0.001 * 1 + 0.001 * 9, 0.999 * 0.001 * 4 + 0.001 * 16};
    assertArrayEquals(m, rule.m, 1e-12, "after gradients (1, -2) then (3, 4), m should hold the uncorrected average "
        + Arrays.toString(m) + " but held " + Arrays.toString(rule.m) + "; compute m̂ in a local variable, "
        + "do not store it back into m");
    assertArrayEquals(v, rule.v, 1e-12, "after gradients (1, -2) then (3, 4), v should hold the uncorrected average "
        + "of g², " + Arrays.toString(v) + ", but held " + Arrays.toString(rule.v));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void matchesDlkitAdam() {
    Submission.AdamRule rule = new Submission.AdamRule(0.2, 0.8, 0.99);
    Bowl.replay(rule::step, p -> Adam.builder(p).learningRate(0.2).beta1(0.8).beta2(0.99).build(),
        "dlkit's Adam with η = 0.2, β1 = 0.8, β2 = 0.99", 50);
  }
}
