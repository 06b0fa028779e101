package org.dlkit.optim;

import static org.dlkit.optim.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** RMSProp's first steps on f(θ) = ½θ² (so g = θ), from θ = 1, against values worked out by hand. */
@Tag("lab3")
class RmspropTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void dividesByTheRootOfARunningAverageOfSquaredGradients() {
    Tensor theta = Tensor.param(1.0);
    // v ← 0.99 v + 0.01 g²;  θ ← θ − 0.01 g / (√v + 1e-8)
    // t=1: g = 1,                 v = 0.01,                               √v = 0.1,
    //      θ = 1 − 0.01/(0.1 + 1e-8)                 = 1 − 0.099999990000001    = 0.900000009999999
    // t=2: g = 0.900000009999999, v = 0.0099 + 0.01·0.810000018 = 0.01800000018, √v = 0.134164079320808,
    //      θ = 0.900000009999999 − 0.0670820347349398                           = 0.832917975265059
    // t=3: g = 0.832917975265059, v = 0.0178200001782 + 0.01·0.693752353519645 = 0.0247575237133964,
    //      √v = 0.157345237339414, θ = 0.832917975265059 − 0.0529356932827052   = 0.779982281982354
    double[] expected = {0.900000009999999, 0.832917975265059, 0.779982281982354};
    assertArrayEquals(expected, Quadratic.steps(Rmsprop.of(List.of(theta), 0.01), theta, 3), TOLERANCE);
  }

  @Test
  void defaultsFollowPyTorchAndSettingsAreChecked() {
    List<Tensor> params = List.of(Tensor.param(1.0));
    assertEquals("Rmsprop(learningRate=0.01, alpha=0.99, epsilon=1.0E-8)", Rmsprop.builder(params).build().toString());
    assertEquals("Rmsprop: alpha must be in [0, 1), but was 1.0",
        messageOf(() -> Rmsprop.builder(params).alpha(1).build()));
    assertEquals("Rmsprop: epsilon must be > 0 and finite, but was -1.0E-8",
        messageOf(() -> Rmsprop.builder(params).epsilon(-1e-8).build()));
  }
}
