import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.optim.Adam;
import org.junit.jupiter.api.Test;

@Exercise("adam")
class AdamTest {
  @Test
  @Points(1)
  void firstStepIsTheLearningRateAgainstTheSign() {
    Submission.AdamRule rule = new Submission.AdamRule(0.1, 0.9, 0.999);
    double[] w = {1, 1, 1};
    rule.step(w, new double[] {300, -0.004, 2});
    double[] expected = {0.9, 1.1, 0.9};
    assertArrayEquals(expected, w, 1e-6, "at t = 1 the bias corrections give m̂ = g and v̂ = g², so every weight "
        + "moves by η = 0.1 against the sign of its gradient, whatever its size: expected " + Arrays.toString(expected)
        + " but got " + Arrays.toString(w) + ". Did you count t before dividing by (1 − β1^t) and (1 − β2^t)?");
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
    for (int t = 1; t <= 3; t++) {
      double g = grads[t - 1];
      m = 0.9 * m + 0.1 * g;
      v = 0.999 * v + 0.001 * g * g;
      expected -= 0.01 * (m / (1 - Math.pow(0.9, t))) / (Math.sqrt(v / (1 - Math.pow(0.999, t))) + 1e-8);
      rule.step(w, new double[] {g});
      assertEquals(expected, w[0], 1e-12, String.format("with gradients 1, -0.5, 2, after step %d w should be "
          + "%.10f but was %.10f; check the bias corrections 1 − β1^t and 1 − β2^t with t = %d", t, expected, w[0], t));
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
    double[] curvature = {0.05, 2, 0.7};
    double[] start = {-4.5, 1.5, 2};
    Tensor reference = Tensor.param(start.clone());
    Adam adam = Adam.builder(List.of(reference)).learningRate(0.2).beta1(0.8).beta2(0.99).build();
    Submission.AdamRule rule = new Submission.AdamRule(0.2, 0.8, 0.99);
    double[] w = start.clone();
    for (int t = 1; t <= 50; t++) {
      double[] g = new double[3];
      for (int i = 0; i < 3; i++) {
        g[i] = curvature[i] * w[i];
      }
      double[] gCopy = g.clone();
      rule.step(w, g);
      assertArrayEquals(gCopy, g, 0.0, "step changed the grads array it was given; only params should change");
      adam.zeroGrad();
      Tensor.of(curvature).mul(reference).mul(reference).sum().mul(0.5).backward();
      adam.step();
      assertArrayEquals(reference.data().toArray(), w, 1e-9, String.format("on a quadratic bowl, step %d of your "
          + "rule reached %s but dlkit's Adam with η = 0.2, β1 = 0.8, β2 = 0.99 reached %s", t, Arrays.toString(w),
          Arrays.toString(reference.data().toArray())));
    }
  }
}
