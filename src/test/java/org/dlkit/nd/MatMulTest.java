package org.dlkit.nd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** matmul through BLAS agrees with a plain reference loop for every layout it accepts. */
class MatMulTest {

  @Test
  void smallProductByHand() {
    NdArray a = NdArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
    NdArray b = NdArray.of(new double[][] {{7, 8}, {9, 10}, {11, 12}});
    assertEquals(NdArray.of(new double[][] {{58, 64}, {139, 154}}), a.matmul(b));
  }

  @Test
  void lecturePerceptronDotProduct() {
    NdArray x = NdArray.of(-1, 2);
    NdArray w = NdArray.of(3, -2);
    assertEquals(-6.0, 1 + x.dot(w).item());
    assertEquals(-7.0, x.matmul(w).item());
    assertArrayEquals(new int[0], x.matmul(w).shape());
  }

  @Property(tries = 60)
  void agreesWithReferenceForViewsAndSizes(@ForAll @IntRange(min = 1, max = 40) int m,
      @ForAll @IntRange(min = 1, max = 40) int k, @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 0, max = 3) int layout, @ForAll long seed) {
    Random random = new Random(seed);
    NdArray a = layout % 2 == 0 ? NdArray.randn(random, m, k) : NdArray.randn(random, k, m).transpose();
    NdArray b = layout / 2 == 0 ? NdArray.randn(random, k, n) : NdArray.randn(random, n, k).transpose();
    assertTrue(a.matmul(b).allClose(reference(a, b), 1e-12, 1e-12));
  }

  @Property(tries = 40)
  void matmulAddEqualsMatmulThenAdd(@ForAll @IntRange(min = 1, max = 40) int m,
      @ForAll @IntRange(min = 1, max = 40) int k, @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll @IntRange(min = 0, max = 3) int bias, @ForAll boolean transposed, @ForAll long seed) {
    Random random = new Random(seed);
    NdArray a = NdArray.randn(random, m, k);
    NdArray b = transposed ? NdArray.randn(random, n, k).transpose() : NdArray.randn(random, k, n);
    int[][] biasShapes = {{n}, {1, n}, {m, 1}, {m, n}};
    NdArray addend = NdArray.randn(random, biasShapes[bias]);
    assertTrue(a.matmulAdd(b, addend).allClose(reference(a, b).add(addend), 1e-12, 1e-12));
  }

  @Test
  void matmulAddNamesAnAddendThatDoesNotBroadcast() {
    ShapeException e = assertThrows(ShapeException.class,
        () -> NdArray.zeros(2, 3).matmulAdd(NdArray.zeros(3, 4), NdArray.zeros(3)));
    assertTrue(e.getMessage().contains("[3]") && e.getMessage().contains("[2, 4]"), e.getMessage());
  }

  @Test
  void layerShapesAgreeInEveryLoopOrder() {
    // The products of a 2-16-1 layer pair on a batch of 200, forward and backward, as the small-product loops
    // see them: row-major, transposed, matrix-vector with either operand transposed, and outer products.
    Random random = new Random(9);
    NdArray x = NdArray.randn(random, 200, 2);
    NdArray h = NdArray.randn(random, 200, 16);
    NdArray w = NdArray.randn(random, 16, 16);
    NdArray g = NdArray.randn(random, 200, 1);
    NdArray v = NdArray.randn(random, 16, 1);
    NdArray[][] pairs = {
      {x, NdArray.randn(random, 2, 16)}, {h, w}, {h, w.transpose()}, {h, v}, {h.transpose(), g}, {g, v.transpose()},
      {x.transpose(), h}, {h.transpose(), h}, {w.transpose(), h.transpose()}, {v.transpose(), w},
      {NdArray.randn(random, 16, 40).transpose(), NdArray.randn(random, 16, 3)}
    };
    for (NdArray[] pair : pairs) {
      assertTrue(pair[0].matmul(pair[1]).allClose(reference(pair[0], pair[1]), 1e-12, 1e-12),
          ShapeException.format(pair[0].shape()) + " x " + ShapeException.format(pair[1].shape()));
    }
  }

  @Test
  void largeProductsSplitAcrossThreadsStillAgree() {
    NdArray a = NdArray.randn(1, 300, 200);
    NdArray b = NdArray.randn(2, 200, 100);
    assertTrue(a.matmul(b).allClose(reference(a, b), 1e-12, 1e-10));
    NdArray at = NdArray.randn(3, 200, 300).transpose();
    assertTrue(at.matmul(b).allClose(reference(at, b), 1e-12, 1e-10));
  }

  @Test
  void slicedAndExpandedOperandsAreHandled() {
    NdArray big = NdArray.randn(4, 6, 8);
    NdArray a = big.slice(1, 2, 7);              // 6x5 with row stride 8
    NdArray b = NdArray.randn(5, 5, 3);
    assertTrue(a.matmul(b).allClose(reference(a, b), 1e-12, 1e-12));
    NdArray everyOther = NdArray.randn(6, 5, 3).permute(1, 0).permute(1, 0);
    assertTrue(a.matmul(everyOther).allClose(reference(a, everyOther), 1e-12, 1e-12));
    NdArray repeated = NdArray.of(1, 2, 3, 4, 5).reshape(5, 1).expand(5, 4);  // stride-0 columns
    assertTrue(a.matmul(repeated).allClose(reference(a, repeated), 1e-12, 1e-12));
  }

  @Test
  void batchedProductsAndBroadcastBatches() {
    NdArray a = NdArray.randn(7, 3, 4, 5);
    NdArray b = NdArray.randn(8, 3, 5, 2);
    NdArray c = a.matmul(b);
    assertArrayEquals(new int[] {3, 4, 2}, c.shape());
    for (int i = 0; i < 3; i++) {
      assertTrue(c.row(i).allClose(reference(a.row(i), b.row(i)), 1e-12, 1e-12));
    }
    NdArray shared = NdArray.randn(9, 5, 2);
    NdArray d = a.matmul(shared);
    assertArrayEquals(new int[] {3, 4, 2}, d.shape());
    assertTrue(d.row(2).allClose(reference(a.row(2), shared), 1e-12, 1e-12));
    assertArrayEquals(new int[] {3, 4, 2}, NdArray.randn(1, 4, 5).matmul(b).shape());
    assertArrayEquals(new int[] {3, 2}, NdArray.randn(1, 5).matmul(b).shape());
  }

  @Test
  void vectorsActAsRowsAndColumns() {
    NdArray m = NdArray.of(new double[][] {{1, 2}, {3, 4}});
    NdArray v = NdArray.of(1, 1);
    assertEquals(NdArray.of(4, 6), v.matmul(m));
    assertEquals(NdArray.of(3, 7), m.matmul(v));
  }

  @Test
  void mismatchedShapesAreNamed() {
    ShapeException e = assertThrows(ShapeException.class, () -> NdArray.zeros(2, 3).matmul(NdArray.zeros(4, 5)));
    assertEquals("matmul: cannot multiply [2, 3] by [4, 5] (inner dimensions 3 and 4 differ)", e.getMessage());
    ShapeException batch = assertThrows(ShapeException.class,
        () -> NdArray.zeros(2, 3, 4).matmul(NdArray.zeros(3, 4, 5)));
    assertEquals("matmul: cannot multiply [2, 3, 4] by [3, 4, 5] (batch sizes 2 and 3 differ and neither is 1)",
        batch.getMessage());
    ShapeException scalar = assertThrows(ShapeException.class, () -> NdArray.scalar(2).matmul(NdArray.zeros(2, 2)));
    assertTrue(scalar.getMessage().startsWith("matmul: cannot multiply [] by [2, 2]"), scalar.getMessage());
    ShapeException dot = assertThrows(ShapeException.class, () -> NdArray.of(1, 2).dot(NdArray.of(1, 2, 3)));
    assertEquals("dot: needs two 1-D arrays of the same length, got [2] and [3]", dot.getMessage());
  }

  @Test
  void emptyInnerDimensionGivesZeros() {
    assertEquals(NdArray.zeros(2, 3), NdArray.zeros(2, 0).matmul(NdArray.zeros(0, 3)));
  }

  private static NdArray reference(NdArray a, NdArray b) {
    int m = a.shape(0);
    int k = a.shape(1);
    int n = b.shape(1);
    double[] c = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += a.get(i, p) * b.get(p, j);
        }
        c[i * n + j] = s;
      }
    }
    return NdArray.of(c, m, n);
  }
}
