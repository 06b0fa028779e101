package org.dlkit.optim;

import static org.dlkit.optim.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** AdamW's first steps against values worked out by hand, with η = 0.1, λ = 0.1 and Adam's default β1, β2, ε. */
@Tag("lab3")
class AdamWTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void decaysThetaThenTakesAdamsStep() {
    Tensor theta = Tensor.param(1.0);
    AdamW adamW = AdamW.builder(List.of(theta)).learningRate(0.1).weightDecay(0.1).build();
    // f(θ) = ½θ², g = θ (taken before the decay).  θ ← θ − 0.1·0.1θ = 0.99θ, then Adam's step with g
    // t=1: θ = 0.99,              g = 1,                 m̂ = 1,                √v̂ = 1,
    //      θ = 0.99 − 0.099999999                                                  = 0.890000001
    // t=2: θ = 0.88110000099,     g = 0.890000001,       m̂ = 0.942105263684211, √v̂ = 0.946571708794397,
    //      θ = 0.88110000099 − 0.0995281440358396                                 = 0.781571856954160
    // t=3: θ = 0.773756138384619, g = 0.78157185695416,  m̂ = 0.882867844226627, √v̂ = 0.894905066425048,
    //      θ = 0.773756138384619 − 0.0986549151954187                             = 0.675101223189200
    double[] expected = {0.890000001, 0.781571856954160, 0.675101223189200};
    assertArrayEquals(expected, Quadratic.steps(adamW, theta, 3), TOLERANCE);
  }

  @Test
  void decoupledDecayDiffersFromAdamsL2Decay() {
    Tensor coupled = Tensor.param(1.0);
    Tensor decoupled = Tensor.param(1.0);
    Adam withL2 = Adam.builder(List.of(coupled)).learningRate(0.1).weightDecay(0.1).build();
    AdamW withDecay = AdamW.builder(List.of(decoupled)).learningRate(0.1).weightDecay(0.1).build();
    double[] adam = Quadratic.steps(withL2, coupled, 3);
    double[] adamW = Quadratic.steps(withDecay, decoupled, 3);
    // Adam's λθ is divided by √v̂ along with the gradient and barely matters: 0.701586274221072 after three steps,
    // against 0.701586274504414 without decay (AdamTest). AdamW shrinks θ by ηλ = 1% each step whatever the
    // gradient: 0.675101223189200 (the test above).
    assertEquals(0.701586274221072, adam[2], TOLERANCE);
    assertEquals(0.675101223189200, adamW[2], TOLERANCE);
    assertTrue(adam[2] - adamW[2] > 0.02);
  }

  @Test
  void decaysAParameterThatGotNoGradient() {
    Tensor used = Tensor.param(1.0);
    Tensor unused = Tensor.param(1.0);
    AdamW adamW = AdamW.builder(List.of(used, unused)).learningRate(0.1).weightDecay(0.1).build();
    Quadratic.steps(adamW, used, 2);
    // unused has a zero gradient, so Adam's step is 0/(0 + ε) = 0 and only the decay acts: 0.99² = 0.9801
    assertEquals(0.9801, unused.item(), TOLERANCE);
  }

  @Test
  void defaultsFollowPyTorchAndSettingsAreChecked() {
    List<Tensor> params = List.of(Tensor.param(1.0));
    assertEquals("AdamW(learningRate=0.001, beta1=0.9, beta2=0.999, epsilon=1.0E-8, weightDecay=0.01)",
        AdamW.builder(params).build().toString());
    assertEquals("AdamW(learningRate=0.01, beta1=0.9, beta2=0.999, epsilon=1.0E-8, weightDecay=0.01)",
        AdamW.of(params, 0.01).toString());
    assertEquals("AdamW: weightDecay must be >= 0 and finite, but was -0.01",
        messageOf(() -> AdamW.builder(params).weightDecay(-0.01).build()));
    assertEquals("AdamW: beta1 must be in [0, 1), but was 1.5",
        messageOf(() -> AdamW.builder(params).beta1(1.5).build()));
  }
}
