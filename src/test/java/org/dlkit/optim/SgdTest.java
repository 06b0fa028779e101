package org.dlkit.optim;

import static org.dlkit.optim.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlkit.autograd.Losses;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Sgd's first steps on f(θ) = ½θ² (so g = θ), from θ = 1, against values worked out by hand. */
@Tag("lab3")
class SgdTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void plainStepsMultiplyThetaByOneMinusEta() {
    Tensor theta = Tensor.param(1.0);
    // θ ← θ − 0.1 θ = 0.9 θ:  0.9,  0.81,  0.729
    double[] expected = {0.9, 0.81, 0.729};
    assertArrayEquals(expected, Quadratic.steps(Sgd.of(List.of(theta), 0.1), theta, 3), TOLERANCE);
  }

  @Test
  void momentumAddsUpPastGradients() {
    Tensor theta = Tensor.param(1.0);
    Sgd sgd = Sgd.builder(List.of(theta)).learningRate(0.1).momentum(0.9).build();
    // v ← 0.9 v + g;  θ ← θ − 0.1 v
    // t=1: g = 1,    v = 1,                     θ = 1 − 0.1          = 0.9
    // t=2: g = 0.9,  v = 0.9·1 + 0.9     = 1.8, θ = 0.9 − 0.18       = 0.72
    // t=3: g = 0.72, v = 0.9·1.8 + 0.72  = 2.34, θ = 0.72 − 0.234    = 0.486
    assertArrayEquals(new double[] {0.9, 0.72, 0.486}, Quadratic.steps(sgd, theta, 3), TOLERANCE);
  }

  @Test
  void nesterovStepsWithTheGradientPlusTheNextVelocity() {
    Tensor theta = Tensor.param(1.0);
    Sgd sgd = Sgd.builder(List.of(theta)).learningRate(0.1).momentum(0.9).nesterov(true).build();
    // v ← 0.9 v + g;  θ ← θ − 0.1 (g + 0.9 v)
    // t=1: g = 1,      v = 1,                          g + 0.9v = 1.9,     θ = 1 − 0.19          = 0.81
    // t=2: g = 0.81,   v = 0.9 + 0.81      = 1.71,     g + 0.9v = 2.349,   θ = 0.81 − 0.2349     = 0.5751
    // t=3: g = 0.5751, v = 1.539 + 0.5751  = 2.1141,   g + 0.9v = 2.47779, θ = 0.5751 − 0.247779 = 0.327321
    assertArrayEquals(new double[] {0.81, 0.5751, 0.327321}, Quadratic.steps(sgd, theta, 3), TOLERANCE);
  }

  @Test
  void weightDecayAddsLambdaThetaToTheGradient() {
    Tensor theta = Tensor.param(1.0);
    Sgd sgd = Sgd.builder(List.of(theta)).learningRate(0.1).weightDecay(0.5).build();
    // g ← θ + 0.5θ = 1.5θ;  θ ← θ − 0.1·1.5θ = 0.85θ:  0.85,  0.7225,  0.614125
    assertArrayEquals(new double[] {0.85, 0.7225, 0.614125}, Quadratic.steps(sgd, theta, 3), TOLERANCE);
  }

  @Test
  void weightDecayGoesIntoTheVelocity() {
    Tensor theta = Tensor.param(1.0);
    Sgd sgd = Sgd.builder(List.of(theta)).learningRate(0.1).momentum(0.9).weightDecay(0.5).build();
    // g ← 1.5θ;  v ← 0.9 v + g;  θ ← θ − 0.1 v
    // t=1: g = 1.5,     v = 1.5,                   θ = 1 − 0.15           = 0.85
    // t=2: g = 1.275,   v = 1.35 + 1.275  = 2.625, θ = 0.85 − 0.2625      = 0.5875
    // t=3: g = 0.88125, v = 2.3625 + 0.88125 = 3.24375, θ = 0.5875 − 0.324375 = 0.263125
    assertArrayEquals(new double[] {0.85, 0.5875, 0.263125}, Quadratic.steps(sgd, theta, 3), TOLERANCE);
  }

  @Test
  void followsTheGradientOfMeanSquaredError() {
    Tensor w = Tensor.param(0, 0);
    Tensor x = Tensor.of(NdArray.of(new double[][] {{1, 0}, {0, 2}}));
    Tensor y = Tensor.of(1, 2);
    Sgd sgd = Sgd.of(List.of(w), 0.1);
    // loss = ((w1 − 1)² + (2w2 − 2)²) / 2, so g = (w1 − 1, 4w2 − 4)
    // t=1: g = (−1, −4),      w = (0.1, 0.4)
    // t=2: g = (−0.9, −2.4),  w = (0.19, 0.64)
    // t=3: g = (−0.81, −1.44), w = (0.271, 0.784)
    double[][] expected = {{0.1, 0.4}, {0.19, 0.64}, {0.271, 0.784}};
    for (double[] step : expected) {
      sgd.zeroGrad();
      Losses.mse(x.matmul(w), y).backward();
      sgd.step();
      assertArrayEquals(step, w.data().toArray(), TOLERANCE);
    }
  }

  @Test
  void defaultsFollowPyTorch() {
    Tensor theta = Tensor.param(1.0);
    assertEquals("Sgd(learningRate=0.001, momentum=0.0, nesterov=false, weightDecay=0.0)",
        Sgd.builder(List.of(theta)).build().toString());
    assertEquals("Sgd(learningRate=0.1, momentum=0.9, nesterov=true, weightDecay=1.0E-4)",
        Sgd.builder(List.of(theta)).learningRate(0.1).momentum(0.9).nesterov(true).weightDecay(1e-4).build()
            .toString());
  }

  @Test
  void invalidSettingsAreNamedWithTheirRule() {
    List<Tensor> params = List.of(Tensor.param(1.0));
    assertEquals("Sgd: learningRate must be > 0 and finite, but was -0.1", messageOf(() -> Sgd.of(params, -0.1)));
    assertEquals("Sgd: learningRate must be > 0 and finite, but was 0.0", messageOf(() -> Sgd.of(params, 0)));
    assertEquals("Sgd: learningRate must be > 0 and finite, but was NaN", messageOf(() -> Sgd.of(params, Double.NaN)));
    assertEquals("Sgd: learningRate must be > 0 and finite, but was Infinity",
        messageOf(() -> Sgd.of(params, Double.POSITIVE_INFINITY)));
    assertEquals("Sgd: momentum must be in [0, 1), but was 1.0",
        messageOf(() -> Sgd.builder(params).momentum(1).build()));
    assertEquals("Sgd: momentum must be in [0, 1), but was -0.5",
        messageOf(() -> Sgd.builder(params).momentum(-0.5).build()));
    assertEquals("Sgd: nesterov requires momentum > 0, but momentum was 0.0",
        messageOf(() -> Sgd.builder(params).nesterov(true).build()));
    assertEquals("Sgd: weightDecay must be >= 0 and finite, but was -1.0E-4",
        messageOf(() -> Sgd.builder(params).weightDecay(-1e-4).build()));
  }
}
