package org.dlkit.optim;

import static org.dlkit.optim.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Adagrad's first steps on f(θ) = ½θ² (so g = θ), from θ = 1, against values worked out by hand. */
@Tag("lab3")
class AdagradTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void dividesByTheRootOfTheSumOfSquaredGradients() {
    Tensor theta = Tensor.param(1.0);
    // G ← G + g²;  θ ← θ − 0.5 g / (√G + 1e-10)
    // t=1: g = 1,                 G = 1,                 θ = 1 − 0.5/(1 + 1e-10)               = 0.50000000005
    // t=2: g = 0.50000000005,     G = 1.25000000005,     √G = 1.11803398877226,
    //                             θ = 0.50000000005 − 0.223606797747868                         = 0.276393202302132
    // t=3: g = 0.276393202302132, G = 1.32639320232883,  √G = 1.15169145274628,
    //                             θ = 0.276393202302132 − 0.119994466234449                     = 0.156398736067683
    double[] expected = {0.50000000005, 0.276393202302132, 0.156398736067683};
    assertArrayEquals(expected, Quadratic.steps(Adagrad.of(List.of(theta), 0.5), theta, 3), TOLERANCE);
  }

  @Test
  void eachWeightGetsItsOwnStepSize() {
    Tensor theta = Tensor.param(1, 100);
    Adagrad adagrad = Adagrad.of(List.of(theta), 0.5);
    Quadratic.steps(adagrad, theta, 1);
    // the first step is η g / |g| for each weight, whatever the gradient's size:
    // 1 − 0.5·1/(1 + 1e-10) = 0.50000000005;  100 − 0.5·100/(100 + 1e-10) = 99.5000000000005
    assertArrayEquals(new double[] {0.50000000005, 99.5000000000005}, theta.data().toArray(), TOLERANCE);
  }

  @Test
  void defaultsFollowPyTorchAndSettingsAreChecked() {
    List<Tensor> params = List.of(Tensor.param(1.0));
    assertEquals("Adagrad(learningRate=0.01, epsilon=1.0E-10)", Adagrad.builder(params).build().toString());
    assertEquals("Adagrad: learningRate must be > 0 and finite, but was -1.0", messageOf(() -> Adagrad.of(params, -1)));
    assertEquals("Adagrad: epsilon must be > 0 and finite, but was 0.0",
        messageOf(() -> Adagrad.builder(params).epsilon(0).build()));
  }
}
