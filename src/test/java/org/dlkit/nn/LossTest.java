package org.dlkit.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.autograd.GradCheck;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("lab2")
class LossTest {
  @Test
  void bceOnProbabilitiesMatchesTheLecture() {
    Tensor p = Tensor.of(NdArray.of(new double[] {0.1}, 1, 1));
    assertEquals(-Math.log(0.1), BinaryCrossEntropy.onProbabilities().compute(p, NdArray.of(1)).item(), 1e-12);
    Tensor logit = Tensor.of(NdArray.of(new double[] {Math.log(0.1 / 0.9)}, 1, 1));
    assertEquals(-Math.log(0.1), BinaryCrossEntropy.withLogits().compute(logit, NdArray.of(1)).item(), 1e-12);
  }

  @Test
  void bceOnProbabilitiesStaysFiniteAtZeroAndOne() {
    Tensor p = Tensor.param(0, 1);
    Tensor loss = BinaryCrossEntropy.onProbabilities().compute(p, NdArray.of(1, 0));
    assertEquals(-Math.log(BinaryCrossEntropy.EPSILON), loss.item(), 1e-6);
    loss.backward();
    assertTrue(Double.isFinite(p.grad().sum()));
  }

  @Test
  void bceOnProbabilitiesHasTheRightGradient() {
    NdArray y = NdArray.of(1, 0, 1);
    GradCheck.check("bce probabilities", t -> BinaryCrossEntropy.onProbabilities().compute(t[0], y),
        NdArray.of(0.2, 0.3, 0.9)).assertBelow(1e-7);
  }

  @Test
  void mseAcceptsAColumnOfOutputsAgainst1dTargets() {
    Tensor out = Tensor.of(NdArray.of(new double[] {1, 2, 3}, 3, 1));
    assertEquals(2.0 / 3, new MSE().compute(out, NdArray.of(1, 1, 2)).item(), 1e-15);
    assertNull(new MSE().predictedClasses(out.data()));
    ShapeException e = assertThrows(ShapeException.class,
        () -> new MSE().compute(Tensor.of(NdArray.zeros(3, 2)), NdArray.of(1, 1, 2)));
    assertEquals("MSE: output [3, 2] and targets [3] do not match (one output column per example is expected here;"
        + " for several classes use CrossEntropy)", e.getMessage());
  }

  @Test
  void crossEntropyTakesLogitsAndClassIndices() {
    NdArray logits = NdArray.of(new double[][] {{2, 0, 0}, {0, 0, 3}});
    double expected = (NdArray.of(2, 0, 0).logsumexp() - 2 + NdArray.of(0, 0, 3).logsumexp() - 3) / 2;
    assertEquals(expected, new CrossEntropy().compute(Tensor.of(logits), NdArray.of(0, 2)).item(), 1e-12);
    assertArrayEquals(new int[] {0, 2}, new CrossEntropy().predictedClasses(logits));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new CrossEntropy().compute(Tensor.of(logits), NdArray.of(0, 1.5)));
    assertEquals("CrossEntropy: target 1.5 of example 1 is not a class index (0, 1, 2, ...)", e.getMessage());
  }

  @Test
  void binaryPredictionsThresholdProbabilitiesAtHalfAndLogitsAtZero() {
    NdArray out = NdArray.of(-0.2, 0.3, 0.7);
    assertArrayEquals(new int[] {0, 0, 1}, BinaryCrossEntropy.onProbabilities().predictedClasses(out));
    assertArrayEquals(new int[] {0, 1, 1}, BinaryCrossEntropy.withLogits().predictedClasses(out));
  }

  @Test
  void metrics() {
    int[] predicted = {0, 1, 1, 2, 2, 0};
    int[] labels = {0, 1, 2, 2, 1, 0};
    assertEquals(4.0 / 6, Metrics.accuracy(predicted, labels), 1e-15);
    assertArrayEquals(new int[][] {{2, 0, 0}, {0, 1, 1}, {0, 1, 1}}, Metrics.confusionMatrix(predicted, labels, 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Metrics.accuracy(new int[2], new int[3]));
    assertEquals("metrics: 2 predictions for 3 labels; give one prediction per example", e.getMessage());
  }
}
