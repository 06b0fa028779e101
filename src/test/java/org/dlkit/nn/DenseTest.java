package org.dlkit.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("lab1")
class DenseTest {

  @Test
  void lectureNeuron() {
    Dense neuron = new Dense(2, 1, new Sigmoid());
    neuron.setWeights(NdArray.of(new double[][] {{3}, {-2}}));
    neuron.setBias(NdArray.of(1));
    Tensor y = neuron.forward(Tensor.of(-1, 2));
    assertEquals(0.002473, y.item(), 5e-7);
    Tensor z = new Dense(2, 1).forward(Tensor.of(-1, 2));
    assertEquals(1, z.data().size());
  }

  @Test
  void forwardIsActivationOfXwPlusB() {
    Dense layer = new Dense(2, 3, new ReLU());
    layer.setWeights(NdArray.of(new double[][] {{1, -1, 0.5}, {2, 0, -3}}));
    layer.setBias(NdArray.of(0.5, 1, 0));
    NdArray x = NdArray.of(new double[][] {{1, 1}, {-1, 2}});
    // Row 1: (1+2+0.5, -1+0+1, 0.5-3+0) = (3.5, 0, -2.5) → relu (3.5, 0, 0)
    // Row 2: (-1+4+0.5, 1+0+1, -0.5-6+0) = (3.5, 2, -6.5) → relu (3.5, 2, 0)
    assertEquals(NdArray.of(new double[][] {{3.5, 0, 0}, {3.5, 2, 0}}), layer.forward(Tensor.of(x)).data());
  }

  @Test
  void gradientsReachWeightsAndBias() {
    Dense layer = new Dense(2, 1);
    layer.setWeights(NdArray.of(new double[][] {{1}, {1}}));
    layer.forward(Tensor.of(NdArray.of(new double[][] {{1, 2}, {3, 4}}))).sum().backward();
    assertEquals(NdArray.of(new double[][] {{4}, {6}}), layer.weights().grad());
    assertEquals(NdArray.of(2), layer.bias().grad());
  }

  @Test
  void wrongInputWidthNamesTheLayer() {
    Dense layer = new Dense(3, 2);
    ShapeException e = assertThrows(ShapeException.class, () -> layer.forward(Tensor.of(NdArray.zeros(4, 2))));
    assertEquals("Dense(3 → 2): input [4, 2] must be [batch, 3] or [3] (one example)", e.getMessage());
    ShapeException weights = assertThrows(ShapeException.class, () -> layer.setWeights(NdArray.zeros(2, 3)));
    assertEquals("setWeights: Dense(3 → 2, Identity) needs shape [3, 2], got [2, 3]", weights.getMessage());
  }

  @Test
  void seededLayersRepeatAndDefaultLayersDiffer() {
    Dense a = new Dense(4, 3, new Tanh(), Initializers.xavierUniform(), 7);
    Dense b = new Dense(4, 3, new Tanh(), Initializers.xavierUniform(), 7);
    assertEquals(a.weights().data(), b.weights().data());
    Initializers.seed(1);
    NdArray first = new Dense(4, 3).weights().data();
    NdArray second = new Dense(4, 3).weights().data();
    assertNotEquals(first, second);
    Initializers.seed(1);
    assertEquals(first, new Dense(4, 3).weights().data(), "reseeding repeats the same network");
    assertEquals(NdArray.zeros(3), a.bias().data());
  }

  @Test
  void initializersHaveTheirScale() {
    java.util.Random random = new java.util.Random(3);
    NdArray xavier = Initializers.xavierUniform().sample(300, 200, random);
    double bound = Math.sqrt(6.0 / 500);
    assertTrue(xavier.max() <= bound && xavier.min() >= -bound);
    assertEquals(bound * bound / 3, xavier.pow(2).mean(), 0.05 * bound * bound / 3);
    NdArray he = Initializers.he().sample(400, 300, random);
    assertEquals(2.0 / 400, he.pow(2).mean(), 0.05 * 2.0 / 400);
    NdArray normal = Initializers.xavierNormal().sample(400, 300, random);
    assertEquals(2.0 / 700, normal.pow(2).mean(), 0.05 * 2.0 / 700);
    assertEquals(NdArray.full(0.5, 2, 2), Initializers.constant(0.5).sample(2, 2, random));
    assertEquals(NdArray.zeros(2, 3), Initializers.zeros().sample(2, 3, random));
  }
}
