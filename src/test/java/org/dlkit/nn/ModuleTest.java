package org.dlkit.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

class ModuleTest {
  private final Sequential mlp = new Sequential(
      new Dense(2, 16, new Tanh()), new Dropout(0.5), new Dense(16, 16, new Tanh()), new Dense(16, 1, new Sigmoid()));

  @Test
  void parametersAreCollectedInLayerOrder() {
    assertEquals(6, mlp.parameters().size());
    assertSame(((Dense) mlp.layer(0)).weights(), mlp.parameters().get(0));
    assertSame(((Dense) mlp.layer(3)).bias(), mlp.parameters().get(5));
    assertEquals(2 * 16 + 16 + 16 * 16 + 16 + 16 + 1, mlp.parameterCount());
  }

  @Test
  void printsTheArchitectureWithParameterCounts() {
    String expected = String.join("\n",
        "Sequential(",
        String.format("%-40s %,d parameters", "  (0) Dense(2 → 16, Tanh)", 48),
        "  (1) Dropout(p=0.5)",
        String.format("%-40s %,d parameters", "  (2) Dense(16 → 16, Tanh)", 272),
        String.format("%-40s %,d parameters", "  (3) Dense(16 → 1, Sigmoid)", 17),
        ")  337 parameters");
    assertEquals(expected, mlp.toString());
  }

  @Test
  void modeReachesEveryLayer() {
    assertTrue(mlp.layer(1).isTraining());
    mlp.eval();
    assertFalse(mlp.layer(1).isTraining());
    mlp.train();
    assertTrue(mlp.layer(1).isTraining());
  }

  @Test
  void zeroGradClearsEveryParameter() {
    mlp.forward(Tensor.of(NdArray.ones(3, 2))).sum().backward();
    assertTrue(mlp.parameters().get(0).grad().abs().sum() > 0);
    mlp.zeroGrad();
    for (Tensor p : mlp.parameters()) {
      assertEquals(0.0, p.grad().abs().sum());
    }
  }

  @Test
  void activationsComputeTheirFunctions() {
    Tensor x = Tensor.of(-2, 0, 3);
    assertEquals(NdArray.of(0, 0, 3), new ReLU().forward(x).data());
    assertEquals(NdArray.of(-0.02, 0, 3), new LeakyReLU().forward(x).data());
    assertEquals(NdArray.of(-1, 0, 3), new LeakyReLU(0.5).forward(x).data());
    assertEquals(0.5, new Sigmoid().forward(Tensor.scalar(0)).item());
    assertEquals(Math.tanh(3), new Tanh().forward(x).data().get(2), 1e-15);
    assertEquals(x.data(), new Identity().forward(x).data());
    NdArray p = new Softmax().forward(Tensor.of(NdArray.of(new double[][] {{1, 2, 3}, {0, 0, 0}}))).data();
    assertTrue(p.sum(1).allClose(NdArray.of(1, 1), 0, 1e-15));
    assertEquals(1.0 / 3, p.get(1, 0), 1e-15);
    assertThrows(IllegalArgumentException.class, () -> new LeakyReLU(1.5));
  }

  @Test
  void sequentialNeedsLayers() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, Sequential::new);
    assertEquals("Sequential: give at least one layer", e.getMessage());
  }
}
