package org.dlkit.autograd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class TensorTest {

  @Test
  @Tag("lab1")
  void lecturePerceptron() {
    // 6.S191 lecture 1: bias w0 = 1, weights (3, -2), input (-1, 2).
    Tensor w = Tensor.param(3, -2);
    Tensor b = Tensor.param(NdArray.scalar(1));
    Tensor x = Tensor.of(-1, 2);
    Tensor z = x.matmul(w).add(b);
    assertEquals(-6.0, z.item());
    Tensor y = z.sigmoid();
    assertEquals(0.002473, y.item(), 5e-7);
    y.backward();
    double slope = y.item() * (1 - y.item());
    assertTrue(w.grad().allClose(NdArray.of(-slope, 2 * slope), 1e-12, 0));
    assertEquals(slope, b.grad().item(), 1e-15);
  }

  @Test
  void sigmoidOfZeroIsOneHalf() {
    assertEquals(0.5, Tensor.scalar(0).sigmoid().item());
  }

  @Test
  void extremeLogitsStayFinite() {
    Tensor x = Tensor.param(-1000, 0, 1000);
    Tensor s = x.sigmoid();
    assertEquals(NdArray.of(0, 0.5, 1), s.data());
    s.sum().backward();
    assertEquals(NdArray.of(0, 0.25, 0), x.grad());

    Tensor logits = Tensor.param(NdArray.of(new double[][] {{1000, -1000, 0}, {-1000, -1000, -1000}}));
    Tensor p = logits.softmax(1);
    assertTrue(p.data().allClose(NdArray.of(new double[][] {{1, 0, 0}, {1.0 / 3, 1.0 / 3, 1.0 / 3}}), 0, 1e-12));
    p.mul(Tensor.of(NdArray.arange(3))).sum().backward();
    assertTrue(allFinite(logits.grad()));
    Tensor lse = Tensor.param(1000, 1000).logsumexp(0, false);
    assertEquals(1000 + Math.log(2), lse.item(), 1e-9);
  }

  @Test
  void gradientsAccumulateAcrossBackwardCallsUntilZeroed() {
    Tensor x = Tensor.param(3);
    Tensor y = x.mul(x).sum();          // dy/dx = 2x = 6
    y.backward();
    assertEquals(NdArray.of(6), x.grad());
    y.backward();                       // the graph is kept; the same gradient is added again
    assertEquals(NdArray.of(12), x.grad());
    x.zeroGrad();
    assertEquals(NdArray.of(0), x.grad());
    y.backward();
    assertEquals(NdArray.of(6), x.grad());
  }

  @Test
  void aTensorUsedTwiceGetsBothContributions() {
    Tensor a = Tensor.param(2);
    Tensor b = a.mul(3).add(a.exp()).sum();   // 3a + e^a
    b.backward();
    assertEquals(3 + Math.exp(2), a.grad().item(), 1e-12);
  }

  @Test
  void broadcastOperandsGetGradientsOfTheirOwnShape() {
    Tensor w = Tensor.param(NdArray.ones(2, 3));
    Tensor bias = Tensor.param(NdArray.zeros(3));
    Tensor x = Tensor.of(NdArray.ones(4, 2));
    x.matmul(w).add(bias).sum().backward();
    assertArrayEquals(new int[] {3}, bias.grad().shape());
    assertEquals(NdArray.full(4, 3), bias.grad());
    assertEquals(NdArray.full(4, 2, 3), w.grad());
  }

  @Test
  void backwardNeedsAScalar() {
    Tensor x = Tensor.param(NdArray.ones(4, 1));
    ShapeException e = assertThrows(ShapeException.class, () -> x.mul(2).backward());
    assertEquals("backward: needs a scalar (one-element) tensor to start from, but this one has shape [4, 1];"
        + " reduce it first, e.g. with sum() or mean()", e.getMessage());
  }

  @Test
  void backwardNeedsSomethingToDifferentiate() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Tensor.of(1, 2).sum().backward());
    assertTrue(e.getMessage().startsWith("backward: this tensor does not depend on any tensor made with Tensor.param"),
        e.getMessage());
    IllegalStateException grad = assertThrows(IllegalStateException.class, () -> Tensor.of(1).grad());
    assertTrue(grad.getMessage().contains("Tensor.param"), grad.getMessage());
  }

  @Test
  void shapeMismatchesNameBothShapes() {
    ShapeException e = assertThrows(ShapeException.class,
        () -> Tensor.param(NdArray.zeros(2, 3)).matmul(Tensor.of(NdArray.zeros(2, 3))));
    assertEquals("matmul: cannot multiply [2, 3] by [2, 3] (inner dimensions 3 and 2 differ)", e.getMessage());
    ShapeException add = assertThrows(ShapeException.class,
        () -> Tensor.param(NdArray.zeros(4)).add(Tensor.of(NdArray.zeros(3))));
    assertTrue(add.getMessage().startsWith("add: cannot broadcast [4] with [3]"), add.getMessage());
  }

  @Test
  void noGradScopeRecordsNothing() {
    Tensor w = Tensor.param(1, 2);
    try (NoGrad scope = Tensor.noGrad()) {
      Tensor y = w.mul(2);
      assertFalse(y.requiresGrad());
      try (NoGrad inner = Tensor.noGrad()) {
        assertFalse(w.add(1).requiresGrad());
      }
      assertFalse(w.exp().requiresGrad(), "still inside the outer scope");
    }
    assertTrue(w.mul(2).requiresGrad());
  }

  @Test
  void leafGradientsAreSeparateArrays() {
    Tensor a = Tensor.param(1, 2);
    Tensor b = Tensor.param(3, 4);
    a.add(b).sum().backward();
    InPlace.scaleInPlace(a.grad(), 10);   // e.g. gradient clipping in an optimizer
    assertEquals(NdArray.of(10, 10), a.grad());
    assertEquals(NdArray.of(1, 1), b.grad());
  }

  @Test
  void fusedAndMatmulGradientsKeptWithoutCopyAreStillSeparate() {
    // Leaves keep a fresh product as their gradient uncopied: scaling one must not touch the others.
    Tensor x = Tensor.param(NdArray.of(new double[][] {{1, 2}, {3, 4}}));
    Tensor w = Tensor.param(NdArray.of(new double[][] {{1, 0}, {0, 1}}));
    Tensor b = Tensor.param(0, 0);
    Fused.affine(x, w, b).add(x.matmul(w)).sum().backward();
    NdArray wGrad = w.grad().copy();
    NdArray bGrad = b.grad().copy();
    InPlace.scaleInPlace(x.grad(), 10);
    assertEquals(NdArray.of(new double[][] {{20, 20}, {20, 20}}), x.grad());
    assertEquals(wGrad, w.grad());
    assertEquals(NdArray.of(new double[][] {{8, 8}, {12, 12}}), wGrad);
    assertEquals(NdArray.of(2, 2), bGrad);
    assertEquals(bGrad, b.grad());
  }

  @Test
  void tiedMaximaShareTheGradient() {
    Tensor x = Tensor.param(1, 3, 3);
    x.max(false).backward();
    assertEquals(NdArray.of(0, 0.5, 0.5), x.grad());
  }

  @Test
  void detachCutsTheGraph() {
    Tensor w = Tensor.param(2);
    Tensor y = w.mul(w.detach()).sum();     // d/dw of w * const(w) is w, not 2w
    y.backward();
    assertEquals(NdArray.of(2), w.grad());
  }

  @Test
  void intermediatesKeepGradientsOnlyWhenAsked() {
    Tensor w = Tensor.param(1, 2);
    Tensor h = w.mul(3).retainGrad();
    Tensor other = w.mul(5);
    h.add(other).sum().backward();
    assertEquals(NdArray.of(1, 1), h.grad());
    IllegalStateException e = assertThrows(IllegalStateException.class, other::grad);
    assertEquals("grad: only leaves keep their gradient; call retainGrad() on this Mul result before backward()"
        + " to keep it too", e.getMessage());
  }

  @Test
  void deepGraphsDoNotOverflowTheStack() {
    Tensor x = Tensor.param(1);
    Tensor y = x;
    for (int i = 0; i < 100_000; i++) {
      y = y.add(1);
    }
    y.sum().backward();
    assertEquals(NdArray.of(1), x.grad());
    assertEquals(100_001.0, y.data().get(0));
  }

  @Test
  void handWrittenSgdDrivesTheLossDown() {
    Tensor x = Tensor.of(NdArray.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}));
    Tensor y = Tensor.of(NdArray.of(new double[][] {{0}, {1}, {1}, {0}}));
    Tensor w1 = Tensor.param(NdArray.randn(0, 2, 8));
    Tensor b1 = Tensor.param(NdArray.zeros(8));
    Tensor w2 = Tensor.param(NdArray.randn(1, 8, 1));
    Tensor b2 = Tensor.param(NdArray.zeros(1));
    double first = 0;
    double last = 0;
    for (int step = 0; step < 3000; step++) {
      Tensor logits = x.matmul(w1).add(b1).tanh().matmul(w2).add(b2);
      Tensor loss = Losses.bceWithLogits(logits, y);
      loss.backward();
      for (Tensor p : new Tensor[] {w1, b1, w2, b2}) {
        InPlace.axpy(-0.5, p.grad(), p.data());
        p.zeroGrad();
      }
      first = step == 0 ? loss.item() : first;
      last = loss.item();
    }
    assertTrue(first > 0.6 && last < 0.05, "XOR loss went from " + first + " to " + last);
  }

  @Test
  void printsValuesAndGraphState() {
    assertEquals("Tensor([1., 2.], shape=[2], requiresGrad)", Tensor.param(1, 2).toString());
    assertEquals("Tensor([2., 4.], shape=[2], grad_fn=Mul)", Tensor.param(1, 2).mul(2).toString());
    assertEquals("Tensor([1., 2.], shape=[2])", Tensor.of(1, 2).toString());
  }

  private static boolean allFinite(NdArray a) {
    for (double v : a.toArray()) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }
}
