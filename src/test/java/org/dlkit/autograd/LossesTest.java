package org.dlkit.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("lab2")
class LossesTest {
  private static double logit(double p) {
    return Math.log(p / (1 - p));
  }

  @Test
  void bceOfProbabilityPointOneAgainstLabelOneIsMinusLnPointOne() {
    Tensor loss = Losses.bceWithLogits(Tensor.of(logit(0.1)), Tensor.of(1));
    assertEquals(-Math.log(0.1), loss.item(), 1e-12);
    // The same loss written from its definition with Tensor ops: -(y log p + (1 - y) log(1 - p)).
    Tensor p = Tensor.of(0.1);
    Tensor y = Tensor.of(1);
    Tensor byDefinition = y.mul(p.log()).add(y.neg().add(1).mul(p.neg().add(1).log())).neg().mean();
    assertEquals(-Math.log(0.1), byDefinition.item(), 1e-12);
  }

  @Test
  void bceOnProbabilitiesMatchesItsDefinitionAndItsGradientsMatchFiniteDifferences() {
    NdArray probabilities = NdArray.of(0.1, 0.7, 0.45, 0.9);
    NdArray labels = NdArray.of(1, 0, 1, 0.25);
    Tensor p = Tensor.param(probabilities);
    Tensor y = Tensor.param(labels);
    Tensor fused = Losses.bce(p, y, 1e-7);
    Tensor pRef = Tensor.param(probabilities);
    Tensor yRef = Tensor.param(labels);
    Tensor byDefinition = yRef.mul(pRef.log()).add(yRef.neg().add(1).mul(pRef.neg().add(1).log())).neg().mean();
    assertEquals(byDefinition.item(), fused.item(), 1e-14);
    fused.backward();
    byDefinition.backward();
    assertTrue(p.grad().allClose(pRef.grad(), 1e-12, 1e-15), p.grad() + " vs " + pRef.grad());
    assertTrue(y.grad().allClose(yRef.grad(), 1e-12, 1e-15), y.grad() + " vs " + yRef.grad());
    GradCheck.check("bce", in -> Losses.bce(in[0], in[1], 1e-7), probabilities, labels).assertBelow(1e-7);
  }

  @Test
  void bceOnProbabilitiesStaysFiniteAtZeroAndOneAndPassesNoGradientThere() {
    Tensor p = Tensor.param(0, 1, 0.5);
    Tensor loss = Losses.bce(p, Tensor.of(1, 0, 1), 1e-7);
    assertEquals((2 * -Math.log(1e-7) + Math.log(2)) / 3, loss.item(), 1e-9);
    loss.backward();
    assertEquals(0.0, p.grad().toArray()[0]);
    assertEquals(0.0, p.grad().toArray()[1]);
    assertEquals(-2.0 / 3, p.grad().toArray()[2], 1e-12);
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> Losses.bce(Tensor.of(0.5), Tensor.of(1), 0.5));
    assertEquals("bce: epsilon must be in [0, 0.5), got 0.5", bad.getMessage());
  }

  @Test
  void bceWithLogitsIsFiniteAtPlusMinusAThousand() {
    Tensor logits = Tensor.param(-1000, 1000, -1000, 1000);
    Tensor loss = Losses.bceWithLogits(logits, Tensor.of(0, 1, 1, 0));
    assertEquals(500.0, loss.item(), 1e-9, "two right answers cost 0, two confident wrong ones 1000 each: mean 500");
    loss.backward();
    assertEquals(NdArray.of(0, 0, -0.25, 0.25), logits.grad());
  }

  @Test
  void crossEntropyMatchesItsDefinition() {
    NdArray x = NdArray.of(new double[][] {{2, 1, 0.1}, {0.5, 2.5, 0.3}});
    int[] labels = {0, 2};
    double expected = (x.row(0).logsumexp() - 2 + x.row(1).logsumexp() - 0.3) / 2;
    Tensor logits = Tensor.param(x);
    Tensor loss = Losses.crossEntropy(logits, labels);
    assertEquals(expected, loss.item(), 1e-12);
    loss.backward();
    NdArray softmax = Tensor.of(x).softmax(1).data();
    NdArray onehot = NdArray.of(new double[][] {{1, 0, 0}, {0, 0, 1}});
    assertTrue(logits.grad().allClose(softmax.sub(onehot).div(2), 1e-12, 1e-15));
  }

  @Test
  void crossEntropyIsFiniteAtPlusMinusAThousand() {
    Tensor logits = Tensor.param(NdArray.of(new double[][] {{1000, -1000}, {-1000, 1000}}));
    Tensor loss = Losses.crossEntropy(logits, new int[] {0, 0});
    assertEquals(1000.0, loss.item(), 1e-9);
    loss.backward();
    assertEquals(NdArray.of(new double[][] {{0, 0}, {-0.5, 0.5}}), logits.grad());
  }

  @Test
  void mseMatchesItsDefinition() {
    Tensor prediction = Tensor.param(1, 2, 3);
    Tensor loss = Losses.mse(prediction, Tensor.of(1, 0, 0));
    assertEquals((0 + 4 + 9) / 3.0, loss.item(), 1e-12);
    loss.backward();
    assertTrue(prediction.grad().allClose(NdArray.of(0, 4.0 / 3, 2), 1e-12, 0));
  }

  @Test
  void mismatchedShapesAreNamedWithAFix() {
    ShapeException e = assertThrows(ShapeException.class,
        () -> Losses.mse(Tensor.of(NdArray.zeros(4, 1)), Tensor.of(NdArray.zeros(4))));
    assertEquals("mse: prediction [4, 1] and target [4] must have the same shape (no broadcasting here, it hides bugs;"
        + " reshape one of them, e.g. target.reshape(4, 1))", e.getMessage());
  }

  @Test
  void badLabelsAreNamed() {
    Tensor logits = Tensor.of(NdArray.zeros(2, 3));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Losses.crossEntropy(logits, new int[] {0, 3}));
    assertEquals("crossEntropy: label 3 of example 1 is not a class index in 0..2 (the logits have 3 classes)",
        e.getMessage());
    ShapeException count = assertThrows(ShapeException.class, () -> Losses.crossEntropy(logits, new int[] {0}));
    assertEquals("crossEntropy: logits [2, 3] need shape [examples, classes] with one label per example, got 1 labels",
        count.getMessage());
  }
}
