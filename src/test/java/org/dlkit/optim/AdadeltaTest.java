package org.dlkit.optim;

import static org.dlkit.optim.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Adadelta's first steps on f(θ) = ½θ² (so g = θ), against the update rule by hand and PyTorch's numbers. */
@Tag("lab3")
class AdadeltaTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void firstStepByHand() {
    Tensor theta = Tensor.param(1.0);
    Quadratic.steps(Adadelta.builder(List.of(theta)).build(), theta, 1);
    // v = 0.9·0 + 0.1·1² = 0.1;  Δ = √(0 + 1e-6) / √(0.1 + 1e-6) · 1 = 0.001 / 0.316229347... ;  θ = 1 − 1.0·Δ
    double delta = Math.sqrt(1e-6) / Math.sqrt(0.1 + 1e-6);
    assertEquals(1 - delta, theta.data().item(), TOLERANCE);
    assertEquals(0.9968377381511013, theta.data().item(), TOLERANCE);
  }

  @Test
  void matchesPyTorchWithItsDefaults() {
    // torch.optim.Adadelta([t]) on 0.5·(t·t).sum(), t = [1, 100] in float64, three steps (PyTorch 2.x)
    Tensor theta = Tensor.param(1, 100);
    Adadelta adadelta = Adadelta.builder(List.of(theta)).build();
    double[][] expected = {
        {0.9968377381511013, 99.99683772234141},
        {0.9935981984076517, 99.99359334252065},
        {0.9903090828008376, 99.99029265304273}};
    for (double[] step : expected) {
      Quadratic.steps(adadelta, theta, 1);
      assertArrayEquals(step, theta.data().toArray(), TOLERANCE);
    }
  }

  @Test
  void matchesPyTorchWithOtherSettings() {
    // torch.optim.Adadelta([t], lr=0.5, rho=0.5, eps=1e-3), t = [1.0]
    Tensor theta = Tensor.param(1.0);
    double[] expected = {0.9776616474195615, 0.9520687496175588, 0.9241760078612675};
    assertArrayEquals(expected, Quadratic.steps(Adadelta.builder(List.of(theta)).learningRate(0.5).rho(0.5)
        .epsilon(1e-3).build(), theta, 3), TOLERANCE);
  }

  @Test
  void defaultsFollowPyTorchAndSettingsAreChecked() {
    List<Tensor> params = List.of(Tensor.param(1.0));
    assertEquals("Adadelta(learningRate=1.0, rho=0.9, epsilon=1.0E-6)", Adadelta.builder(params).build().toString());
    assertEquals("Adadelta: learningRate must be > 0 and finite, but was -1.0", messageOf(() -> Adadelta.of(params, -1)));
    assertEquals("Adadelta: rho must be in [0, 1), but was 1.0", messageOf(() -> Adadelta.builder(params).rho(1).build()));
    assertEquals("Adadelta: epsilon must be > 0 and finite, but was 0.0",
        messageOf(() -> Adadelta.builder(params).epsilon(0).build()));
  }
}
