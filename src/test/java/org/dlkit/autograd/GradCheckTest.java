package org.dlkit.autograd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

class GradCheckTest {

  /** A deliberately wrong op: it squares on the way forward but claims the derivative is x, not 2x. */
  private static final class WrongSquare extends Op {
    private WrongSquare(Tensor x) {
      super(x);
    }

    static Tensor apply(Tensor x) {
      return Tensor.node(x.data().pow(2), new WrongSquare(x));
    }

    @Override
    NdArray[] backward(NdArray grad) {
      return new NdArray[] {grad.mul(input(0))};
    }
  }

  @Test
  void acceptsACorrectGradient() {
    GradCheck.Report report = GradCheck.check("square", t -> t[0].pow(2), NdArray.of(1, 2, 3));
    assertTrue(report.maxRelativeError() < 1e-9, report.toString());
  }

  @Test
  void catchesAWrongGradientAndNamesTheElement() {
    GradCheck.Report report = GradCheck.check("wrongSquare", t -> WrongSquare.apply(t[0]).sum(), NdArray.of(1, 2, 3));
    assertEquals(1.0 / 3, report.maxRelativeError(), 1e-8, "|x - 2x| / (|x| + |2x|)");
    AssertionError e = assertThrows(AssertionError.class, () -> report.assertBelow(1e-7));
    // Every element is off by the same factor; the report names one of them with both values.
    assertTrue(e.getMessage().matches("GradCheck wrongSquare: input 0 index \\[([0-2])\\]: analytic (\\d)\\.0+ vs numeric"
        + " \\d\\.0+, relative error 0\\.333 exceeds tolerance 1\\.0E-7"), e.getMessage());
    int i = Integer.parseInt(e.getMessage().replaceAll(".*index \\[(\\d)\\].*", "$1"));
    assertTrue(e.getMessage().contains("analytic " + (i + 1) + ".000000000 vs numeric " + 2 * (i + 1) + ".000000000"),
        e.getMessage());
  }

  @Test
  void nonScalarOutputsAreCheckedThroughARandomProjection() {
    GradCheck.Report report = GradCheck.check("wrong elementwise", t -> WrongSquare.apply(t[0]), NdArray.of(-2, 5));
    assertTrue(report.maxRelativeError() > 0.3, report.toString());
  }
}
