package org.dlkit.nd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NdArrayTest {
  private static final NdArray M = NdArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}});

  @Nested
  class Factories {
    @Test
    void ofKeepsValuesAndShape() {
      assertArrayEquals(new int[] {3}, NdArray.of(1, 2, 3).shape());
      assertArrayEquals(new int[] {2, 3}, M.shape());
      assertEquals(6.0, M.get(1, 2));
      assertEquals(6.0, M.get(-1, -1));
      assertArrayEquals(new int[0], NdArray.scalar(2).shape());
      assertEquals(2.0, NdArray.scalar(2).item());
    }

    @Test
    void ofCopiesItsInput() {
      double[] values = {1, 2};
      NdArray a = NdArray.of(values);
      values[0] = 99;
      assertEquals(1.0, a.get(0));
    }

    @Test
    void raggedRowsAreRejectedByRow() {
      ShapeException e = assertThrows(ShapeException.class, () -> NdArray.of(new double[][] {{1, 2}, {3}}));
      assertEquals("of: row 1 has 1 values but row 0 has 2 (all rows of a matrix need the same length)", e.getMessage());
    }

    @Test
    void filledArrays() {
      assertEquals(0.0, NdArray.zeros(2, 3).sum());
      assertEquals(6.0, NdArray.ones(2, 3).sum());
      assertEquals(NdArray.of(new double[] {7, 7}, 2, 1), NdArray.full(7, 2, 1));
      assertEquals(NdArray.of(new double[][] {{1, 0}, {0, 1}}), NdArray.eye(2));
    }

    @Test
    void rangesMatchNumpy() {
      assertEquals(NdArray.of(0, 1, 2, 3), NdArray.arange(4));
      assertEquals(NdArray.of(1, 1.5, 2, 2.5), NdArray.arange(1, 3, 0.5));
      assertEquals(0, NdArray.arange(3, 1, 1).size());
      assertEquals(NdArray.of(0, 0.25, 0.5, 0.75, 1), NdArray.linspace(0, 1, 5));
      assertEquals(NdArray.of(5), NdArray.linspace(5, 9, 1));
    }

    @Test
    void sameSeedSameNumbers() {
      assertEquals(NdArray.randn(42, 3, 4), NdArray.randn(42, 3, 4));
      assertEquals(NdArray.rand(new Random(3), 5), NdArray.rand(3, 5));
      assertNotEquals(NdArray.randn(1, 3, 4), NdArray.randn(2, 3, 4));
      NdArray u = NdArray.rand(9, 1000);
      assertTrue(u.min() >= 0 && u.max() < 1);
      NdArray g = NdArray.randn(9, 20000);
      assertEquals(0.0, g.mean(), 0.03);
      assertEquals(1.0, g.sub(g.mean()).pow(2).mean(), 0.05);
    }

    @Test
    void conversionsRoundTrip() {
      double[][] rows = {{1, 2}, {3, 4}, {5, 6}};
      assertArrayEquals(rows, NdArray.of(rows).toArray2d());
      assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, NdArray.of(rows).toArray());
      assertArrayEquals(new double[] {1, 3, 5, 2, 4, 6}, NdArray.of(rows).transpose().toArray());
      assertEquals(NdArray.of(rows), NdArray.of(NdArray.of(rows).toArray(), 3, 2));
      ShapeException e = assertThrows(ShapeException.class, () -> NdArray.of(new double[] {1, 2, 3}, 2, 2));
      assertEquals("of: 3 values do not fill shape [2, 2] (4 elements)", e.getMessage());
    }
  }

  @Nested
  class Views {
    @Test
    void transposeSharesStorageAndSwapsStrides() {
      NdArray t = M.transpose();
      assertArrayEquals(new int[] {3, 2}, t.shape());
      assertSame(M.data, t.data, "a view, not a copy");
      assertEquals(NdArray.of(new double[][] {{1, 4}, {2, 5}, {3, 6}}), t);
    }

    @Test
    void permuteAndSwapAxes() {
      NdArray x = NdArray.arange(24).reshape(2, 3, 4);
      NdArray p = x.permute(2, 0, 1);
      assertArrayEquals(new int[] {4, 2, 3}, p.shape());
      assertEquals(x.get(1, 2, 3), p.get(3, 1, 2));
      assertEquals(x.get(1, 0, 2), x.transpose(0, 2).get(2, 0, 1));
      assertThrows(IllegalArgumentException.class, () -> x.permute(0, 0, 1));
    }

    @Test
    void reshapeOfContiguousDataIsAView() {
      NdArray r = NdArray.arange(6).reshape(3, -1);
      assertArrayEquals(new int[] {3, 2}, r.shape());
      NdArray back = r.reshape(6);
      assertSame(r.data, back.data);
      NdArray ofTransposed = M.transpose().reshape(6);
      assertArrayEquals(new double[] {1, 4, 2, 5, 3, 6}, ofTransposed.toArray());
    }

    @Test
    void reshapeErrorsExplain() {
      ShapeException e = assertThrows(ShapeException.class, () -> M.reshape(4, 2));
      assertEquals("reshape: cannot reshape [2, 3] (6 elements) into [4, 2] (the number of elements must stay the same)",
          e.getMessage());
      assertThrows(ShapeException.class, () -> M.reshape(-1, -1));
      assertThrows(ShapeException.class, () -> M.reshape(4, -1));
    }

    @Test
    void sliceAlongAnAxisIsAView() {
      NdArray columns = M.slice(1, 1, 3);
      assertSame(M.data, columns.data);
      assertEquals(NdArray.of(new double[][] {{2, 3}, {5, 6}}), columns);
      assertEquals(NdArray.of(new double[][] {{4, 5, 6}}), M.slice(0, -1, 2));
      assertEquals(NdArray.of(4, 5, 6), M.row(1));
      assertThrows(IndexOutOfBoundsException.class, () -> M.slice(1, 2, 5));
    }

    @Test
    void expandRepeatsWithoutCopying() {
      NdArray col = NdArray.of(new double[] {1, 2}, 2, 1);
      NdArray wide = col.expand(3, 2, 4);
      assertSame(col.data, wide.data);
      assertEquals(24, wide.size());
      assertEquals(2.0, wide.get(2, 1, 3));
      ShapeException e = assertThrows(ShapeException.class, () -> NdArray.zeros(2, 3).expand(4, 3));
      assertTrue(e.getMessage().startsWith("expand: cannot broadcast [2, 3] with [4, 3]"), e.getMessage());
    }

    @Test
    void squeezeAndUnsqueeze() {
      NdArray v = NdArray.of(1, 2, 3);
      assertArrayEquals(new int[] {1, 3}, v.unsqueeze(0).shape());
      assertArrayEquals(new int[] {3, 1}, v.unsqueeze(-1).shape());
      assertEquals(v, v.unsqueeze(1).squeeze(1));
      assertThrows(ShapeException.class, () -> v.squeeze(0));
    }

    @Test
    void inPlaceWritesShowThroughViews() {
      NdArray base = NdArray.zeros(2, 2);
      NdArray view = base.transpose();
      InPlace.addInPlace(base, NdArray.of(new double[][] {{1, 2}, {3, 4}}));
      assertEquals(NdArray.of(new double[][] {{1, 3}, {2, 4}}), view);
    }
  }

  @Nested
  class Elementwise {
    @Test
    void arithmetic() {
      NdArray a = NdArray.of(1, 2, 4);
      NdArray b = NdArray.of(2, 2, 2);
      assertEquals(NdArray.of(3, 4, 6), a.add(b));
      assertEquals(NdArray.of(-1, 0, 2), a.sub(b));
      assertEquals(NdArray.of(2, 4, 8), a.mul(b));
      assertEquals(NdArray.of(0.5, 1, 2), a.div(b));
      assertEquals(NdArray.of(-1, -2, -4), a.neg());
      assertEquals(NdArray.of(1, 4, 16), a.pow(2));
      assertEquals(NdArray.of(1, 4, 16), a.pow(b));
      assertEquals(NdArray.of(1, Math.sqrt(2), 2), a.sqrt());
      assertEquals(NdArray.of(Math.E, Math.exp(2), Math.exp(4)), a.exp());
      assertEquals(NdArray.of(0, Math.log(2), Math.log(4)), a.log());
      assertEquals(NdArray.of(1, 2, 3), NdArray.of(-1, 2, -3).abs());
      assertEquals(NdArray.of(11, 12, 14), a.add(10));
      assertEquals(NdArray.of(3, 6, 12), a.mul(3));
      assertEquals(NdArray.of(-9, -8, -6), a.sub(10));
      assertEquals(-0.0, NdArray.of(0).neg().get(0), 0.0);
      assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(NdArray.of(0).neg().get(0)), "-0, as NumPy");
      assertEquals(-1.0, NdArray.of(3, -1, 2).min());
      assertTrue(Double.isNaN(NdArray.of(3, Double.NaN, 2).min()));
      NdArray strided = NdArray.of(new double[][] {{1, 2}, {4, 8}}).transpose();
      assertEquals(NdArray.of(new double[][] {{2, 8}, {4, 16}}), strided.mul(2));
      assertEquals(NdArray.of(new double[][] {{2, 5}, {3, 9}}), strided.add(1));
      assertEquals(NdArray.of(new double[][] {{0, 3}, {1, 7}}), strided.sub(1));
      assertEquals(NdArray.of(new double[][] {{2, 8}, {4, 16}}), strided.add(strided));
    }

    @Test
    void clampingAgainstAScalar() {
      NdArray x = NdArray.of(-2, 0.5, 3);
      assertEquals(NdArray.of(0, 0.5, 3), x.maximum(0));
      assertEquals(NdArray.of(-2, 0.5, 1), x.minimum(1));
    }

    @Test
    void comparisonsGiveMasksAndWhereSelects() {
      NdArray x = NdArray.of(-1, 0, 2);
      assertEquals(NdArray.of(0, 0, 1), x.gt(0));
      assertEquals(NdArray.of(1, 0, 0), x.lt(0));
      assertEquals(NdArray.of(0, 1, 0), x.eq(0));
      assertEquals(NdArray.of(0, 1, 1), x.ge(NdArray.scalar(0)));
      assertEquals(NdArray.of(1, 1, 0), x.le(NdArray.scalar(0)));
      assertEquals(NdArray.of(0, 0, 2), NdArray.where(x.gt(0), x, NdArray.scalar(0)));
      assertEquals(NdArray.of(new double[][] {{1, 9}, {1, 9}}),
          NdArray.where(NdArray.of(1, 0), NdArray.ones(2, 1), NdArray.scalar(9)));
    }

    @Test
    void sigmoidIsStableAtTheExtremes() {
      NdArray s = NdArray.of(-1000, 0, 1000).sigmoid();
      assertEquals(NdArray.of(0, 0.5, 1), s);
      assertEquals(0.5, NdArray.sigmoid(0));
      assertEquals(0.002472623156635, NdArray.sigmoid(-6), 1e-15);
    }

    @Test
    void tanhStaysWithinEightUlpOfStrictMath() {
      Random random = new Random(5);
      for (int i = 0; i < 200_000; i++) {
        double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8) - 5) * 2;
        double expected = StrictMath.tanh(x);
        assertEquals(expected, NdArray.tanh(x), 8 * Math.ulp(expected), "tanh(" + x + ")");
      }
      assertEquals(NdArray.of(-1, 0, 1), NdArray.of(-1000, 0, 1000).tanh());
      assertTrue(Double.isNaN(NdArray.tanh(Double.NaN)));
    }

    @Test
    void arrayTanhSigmoidAndExpMatchStrictMathOnLongArrays() {
      // Long arrays take the vectorized loops (and their scalar tails); they must agree with StrictMath.
      Random random = new Random(6);
      double[] values = new double[10_003];
      for (int i = 0; i < values.length; i++) {
        values[i] = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(6) - 3) * 2;
      }
      values[0] = 0.0;
      values[1] = -800;
      values[2] = 800;
      values[3] = Double.NaN;
      double[] tanh = NdArray.of(values).tanh().toArray();
      double[] sigmoid = NdArray.of(values).sigmoid().toArray();
      double[] exp = NdArray.of(values).exp().toArray();
      for (int i = 4; i < values.length; i++) {
        double x = values[i];
        assertEquals(StrictMath.tanh(x), tanh[i], 8 * Math.ulp(StrictMath.tanh(x)), "tanh(" + x + ")");
        double s = 1 / (1 + StrictMath.exp(-x));
        assertEquals(s, sigmoid[i], 8 * Math.ulp(s), "sigmoid(" + x + ")");
        assertEquals(StrictMath.exp(x), exp[i], 8 * Math.ulp(StrictMath.exp(x)), "exp(" + x + ")");
      }
      assertEquals(List.of(0.0, -1.0, 1.0), List.of(tanh[0], tanh[1], tanh[2]));
      assertEquals(List.of(0.5, 0.0, 1.0), List.of(sigmoid[0], sigmoid[1], sigmoid[2]));
      assertEquals(List.of(1.0, 0.0, Double.POSITIVE_INFINITY), List.of(exp[0], exp[1], exp[2]));
      assertTrue(Double.isNaN(tanh[3]) && Double.isNaN(sigmoid[3]) && Double.isNaN(exp[3]));
    }

    @Test
    void sumOverLeadingAxesMatchesTheGeneralReduction() {
      NdArray x = NdArray.arange(24).reshape(2, 3, 4);
      assertEquals(NdArray.of(new double[][] {{12, 14, 16, 18}, {20, 22, 24, 26}, {28, 30, 32, 34}}), x.sum(0));
      assertEquals(NdArray.of(60, 66, 72, 78), x.sum(false, 0, 1));
      assertEquals(NdArray.of(60, 66, 72, 78), x.sumTo(4));
      assertEquals(NdArray.of(new double[][] {{60, 66, 72, 78}}), x.sumTo(1, 4));
      assertEquals(276.0, x.sum());
      assertEquals(NdArray.of(new double[][] {{6, 54}, {22, 70}, {38, 86}}), x.transpose().sum(0));
      assertArrayEquals(new int[] {0}, NdArray.zeros(0, 0).sum(0).shape());
    }

    @Test
    void rowBroadcastsEitherWayRound() {
      NdArray m = NdArray.arange(6).reshape(2, 3);
      NdArray row = NdArray.of(10, 20, 30);
      assertEquals(NdArray.of(new double[][] {{-10, -19, -28}, {-7, -16, -25}}), m.sub(row));
      assertEquals(NdArray.of(new double[][] {{10, 19, 28}, {7, 16, 25}}), row.sub(m));
      assertEquals(NdArray.of(new double[][] {{10, 19, 28}, {7, 16, 25}}), row.reshape(1, 1, 3).sub(m).reshape(2, 3));
    }

    @Test
    void stridedInputsGiveTheSameResultsAsContiguousOnes() {
      NdArray a = NdArray.randn(1, 4, 5);
      NdArray b = NdArray.randn(2, 5, 4);
      assertEquals(a.transpose().copy().add(b), a.transpose().add(b));
      assertEquals(a.transpose().copy().exp(), a.transpose().exp());
      assertEquals(a.slice(1, 1, 4).copy().mul(2), a.slice(1, 1, 4).mul(2));
    }
  }

  @Nested
  class Reductions {
    @Test
    void sumsAndMeans() {
      assertEquals(21.0, M.sum());
      assertEquals(3.5, M.mean());
      assertEquals(NdArray.of(5, 7, 9), M.sum(0));
      assertEquals(NdArray.of(6, 15), M.sum(1));
      assertEquals(NdArray.of(6, 15), M.sum(-1));
      assertEquals(NdArray.of(new double[] {6, 15}, 2, 1), M.sum(true, 1));
      assertEquals(NdArray.of(new double[] {21}, 1, 1), M.sum(true));
      assertEquals(NdArray.scalar(21), M.sum(false));
      assertEquals(NdArray.of(2.5, 3.5, 4.5), M.mean(0));
      assertEquals(NdArray.of(new double[] {2, 5}, 2, 1), M.mean(true, 1));
      assertEquals(21.0, M.transpose().sum());
    }

    @Test
    void maximaAndArgmax() {
      NdArray x = NdArray.of(new double[][] {{1, 9, 3}, {7, 5, 7}});
      assertEquals(9.0, x.max());
      assertEquals(1.0, x.min());
      assertEquals(NdArray.of(7, 9, 7), x.max(0));
      assertEquals(NdArray.of(new double[] {9, 7}, 2, 1), x.max(true, 1));
      assertEquals(1, x.argmax());
      assertEquals(NdArray.of(1, 0), x.argmax(1), "the first of tied maxima wins");
      assertEquals(NdArray.of(1, 0, 1), x.argmax(0));
      assertTrue(Double.isNaN(NdArray.of(1, Double.NaN, 3).max()));
    }

    @Test
    void logsumexpIsStable() {
      assertEquals(Math.log(Math.exp(1) + Math.exp(2) + Math.exp(3)), NdArray.of(1, 2, 3).logsumexp(), 1e-12);
      assertEquals(1000 + Math.log(2), NdArray.of(1000, 1000).logsumexp(), 1e-9);
      assertEquals(-1000 + Math.log(2), NdArray.of(-1000, -1000).logsumexp(), 1e-9);
      NdArray rows = NdArray.of(new double[][] {{0, 0}, {1000, -1000}});
      assertTrue(rows.logsumexp(false, 1).allClose(NdArray.of(Math.log(2), 1000), 0, 1e-9));
      assertEquals(Double.NEGATIVE_INFINITY, NdArray.of(Double.NEGATIVE_INFINITY).logsumexp());
    }

    @Test
    void badAxesAreNamed() {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> M.sum(2));
      assertEquals("sum: axis 2 is out of range for an array with 2 dimensions (use 0..1 or -2..-1)", e.getMessage());
    }

    @Test
    void sumToReducesBroadcastAxes() {
      NdArray g = NdArray.ones(4, 2, 3);
      assertEquals(NdArray.full(8, 3), g.sumTo(3));
      assertEquals(NdArray.full(12, 2, 1), g.sumTo(2, 1));
      assertEquals(NdArray.scalar(24), g.sumTo());
      assertThrows(ShapeException.class, () -> g.sumTo(5));
    }
  }

  @Nested
  class Comparison {
    @Test
    void allCloseFollowsNumpy() {
      NdArray a = NdArray.of(1, 2, 3);
      assertTrue(a.allClose(a.add(1e-9), 0, 1e-8));
      assertFalse(a.allClose(a.add(1e-7), 0, 1e-8));
      assertTrue(a.allClose(a.mul(1 + 1e-6), 1e-5, 0));
      assertTrue(a.allClose(NdArray.full(2, 3, 3).sub(NdArray.of(1, 0, -1)), 0, 0));
      assertFalse(NdArray.of(Double.NaN).allClose(NdArray.of(Double.NaN), 1, 1));
    }

    @Test
    void equalityIsByShapeAndValue() {
      assertEquals(NdArray.of(1, 2), NdArray.of(1, 2));
      assertNotEquals(NdArray.of(1, 2), NdArray.of(new double[] {1, 2}, 2, 1));
      assertEquals(NdArray.of(1, 2).hashCode(), NdArray.of(1, 2).hashCode());
    }
  }
}
