package org.dlkit.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("lab5")
class DropoutTest {
  @Test
  void dropsAboutPAndKeepsTheMeanWhileTraining() {
    Dropout dropout = new Dropout(0.3, 11);
    NdArray out = dropout.forward(Tensor.of(NdArray.ones(200, 100))).data();
    double zeros = out.eq(0).mean();
    assertEquals(0.3, zeros, 0.01);
    assertEquals(1.0, out.mean(), 0.02);
    assertEquals(1 / 0.7, out.max(), 1e-12, "kept inputs are scaled by 1/(1-p)");
  }

  @Test
  void evalModeIsTheIdentity() {
    Dropout dropout = new Dropout(0.5, 1);
    dropout.eval();
    Tensor x = Tensor.of(NdArray.randn(2, 10, 10));
    assertSame(x, dropout.forward(x));
  }

  @Test
  void gradientFlowsOnlyThroughKeptInputs() {
    Dropout dropout = new Dropout(0.5, 4);
    Tensor x = Tensor.param(NdArray.ones(1000));
    Tensor y = dropout.forward(x);
    y.sum().backward();
    assertEquals(y.data(), x.grad(), "d(mask * x)/dx is the mask itself");
  }

  @Test
  void pIsTheDropProbability() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Dropout(1));
    assertEquals("Dropout: p is the probability of dropping an input and must be in [0, 1), got 1.0"
        + " (p = 1 would drop everything)", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Dropout(-0.1));
    assertEquals(NdArray.ones(5), new Dropout(0).forward(Tensor.of(NdArray.ones(5))).data());
  }
}
