package org.dlkit.optim;

import static org.dlkit.optim.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Adam's first steps against values worked out by hand, with η = 0.1, β1 = 0.9, β2 = 0.999, ε = 1e-8. */
@Tag("lab3")
class AdamTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void firstThreeStepsOnHalfThetaSquared() {
    Tensor theta = Tensor.param(1.0);
    // f(θ) = ½θ², g = θ.  m ← 0.9m + 0.1g;  v ← 0.999v + 0.001g²;
    //                     m̂ = m/(1 − 0.9ᵗ);  v̂ = v/(1 − 0.999ᵗ);  θ ← θ − 0.1 m̂/(√v̂ + 1e-8)
    // t=1: g = 1,                 m = 0.1,               v = 0.001,
    //      m̂ = 0.1/0.1 = 1,  √v̂ = √(0.001/0.001) = 1,  θ = 1 − 0.1·1/(1 + 1e-8)               = 0.900000001
    // t=2: g = 0.900000001,       m = 0.1800000001,      v = 0.0018090000018,
    //      m̂ = m/0.19 = 0.947368421578947,  √v̂ = √(v/0.001999) = 0.951289901732679,
    //      θ = 0.900000001 − 0.0995877712876626                                            = 0.800412229712337
    // t=3: g = 0.800412229712337, m = 0.242041223061234, v = 0.00244785073927128,
    //      m̂ = m/0.271 = 0.893141044506398,  √v̂ = √(v/0.002997001) = 0.903751481829539,
    //      θ = 0.800412229712337 − 0.0988259552079232                                      = 0.701586274504414
    double[] expected = {0.900000001, 0.800412229712337, 0.701586274504414};
    assertArrayEquals(expected, Quadratic.steps(Adam.of(List.of(theta), 0.1), theta, 3), TOLERANCE);
  }

  @Test
  void biasCorrectionMakesEveryStepEtaForAConstantGradient() {
    Tensor theta = Tensor.param(1.0);
    Adam adam = Adam.of(List.of(theta), 0.1);
    // f(θ) = 2θ, g = 2 at every step.  m = (1 − 0.9ᵗ)·2 = 0.2, 0.38, 0.542 and
    // v = (1 − 0.999ᵗ)·4 = 0.004, 0.007996, 0.011988004 start near 0, but m̂ = 2 and v̂ = 4 at t = 1, 2, 3,
    // so each step is 0.1·2/(2 + 1e-8) = 0.0999999995.
    // (Uncorrected, step 1 would be 0.1·0.2/√0.004 = 0.316.)
    double[] expected = {0.9000000005, 0.800000001, 0.7000000015};
    for (int t = 0; t < 3; t++) {
      adam.zeroGrad();
      theta.mul(2).sum().backward();
      adam.step();
      assertEquals(t + 1, adam.stepCount());
      assertEquals(expected[t], theta.item(), TOLERANCE, "after step " + (t + 1));
    }
  }

  @Test
  void weightDecayIsAddedToTheGradient() {
    Tensor theta = Tensor.param(1.0);
    Adam adam = Adam.builder(List.of(theta)).learningRate(0.1).weightDecay(0.1).build();
    // g ← θ + 0.1θ = 1.1θ, then Adam as above. Adam divides by √v̂, so scaling every gradient by 1.1
    // changes little:
    // t=1: g = 1.1,                m̂ = 1.1,                √v̂ = 1.1,                θ = 0.900000000909091
    // t=2: g = 0.990000001,        m̂ = 1.04210526368421,   √v̂ = 1.04641889185862,   θ = 0.800412229526784
    // t=3: g = 0.880453452479462,  m̂ = 0.98245514884851,   √v̂ = 0.994126629918981,  θ = 0.701586274221072
    double[] expected = {0.900000000909091, 0.800412229526784, 0.701586274221072};
    assertArrayEquals(expected, Quadratic.steps(adam, theta, 3), TOLERANCE);
  }

  @Test
  void defaultsFollowPyTorchAndSettingsAreChecked() {
    List<Tensor> params = List.of(Tensor.param(1.0));
    assertEquals("Adam(learningRate=0.001, beta1=0.9, beta2=0.999, epsilon=1.0E-8, weightDecay=0.0)",
        Adam.builder(params).build().toString());
    assertEquals("Adam: beta1 must be in [0, 1), but was 1.0",
        messageOf(() -> Adam.builder(params).beta1(1).build()));
    assertEquals("Adam: beta2 must be in [0, 1), but was -0.1",
        messageOf(() -> Adam.builder(params).beta2(-0.1).build()));
    assertEquals("Adam: epsilon must be > 0 and finite, but was 0.0",
        messageOf(() -> Adam.builder(params).epsilon(0).build()));
    assertEquals("Adam: weightDecay must be >= 0 and finite, but was NaN",
        messageOf(() -> Adam.builder(params).weightDecay(Double.NaN).build()));
    assertEquals("Adam: learningRate must be > 0 and finite, but was 0.0", messageOf(() -> Adam.of(params, 0)));
  }
}
