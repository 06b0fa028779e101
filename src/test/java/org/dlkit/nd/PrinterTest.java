package org.dlkit.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** toString prints as NumPy would (with NdArray in place of array, and the shape after). */
class PrinterTest {
  @Test
  void integersPrintWithATrailingPointAndAlign() {
    assertEquals("NdArray([[ 1.,  2.],\n         [30.,  4.]], shape=[2, 2])",
        NdArray.of(new double[][] {{1, 2}, {30, 4}}).toString());
  }

  @Test
  void decimalsPadWithSpacesLikeNumpy() {
    assertEquals("NdArray([ 1.5 ,  2.25, -3.  ], shape=[3])", NdArray.of(1.5, 2.25, -3).toString());
    assertEquals("NdArray([0.33333333, 0.5       ], shape=[2])", NdArray.of(1.0 / 3, 0.5).toString());
  }

  @Test
  void tinyOrWideRangesUseScientificNotation() {
    assertEquals("NdArray([1.e-05, 1.e+00, 1.e+03], shape=[3])", NdArray.of(1e-5, 1, 1000).toString());
    assertEquals("NdArray([2.5e-05, 1.0e+00], shape=[2])", NdArray.of(2.5e-5, 1).toString());
  }

  @Test
  void scalarsAndSpecialValues() {
    assertEquals("NdArray(3.5, shape=[])", NdArray.scalar(3.5).toString());
    assertEquals("NdArray([ nan,  inf, -inf,   1.], shape=[4])",
        NdArray.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1).toString());
  }

  @Test
  void threeDimensionsSeparateBlocksByABlankLine() {
    assertEquals("NdArray([[[0., 1.]],\n\n         [[2., 3.]]], shape=[2, 1, 2])",
        NdArray.arange(4).reshape(2, 1, 2).toString());
  }

  @Test
  void bigArraysAreTruncatedWithEllipsis() {
    String text = NdArray.zeros(100, 100).toString();
    assertEquals("NdArray([[0., 0., 0., ..., 0., 0., 0.],\n"
        + "         [0., 0., 0., ..., 0., 0., 0.],\n"
        + "         [0., 0., 0., ..., 0., 0., 0.],\n"
        + "         ...,\n"
        + "         [0., 0., 0., ..., 0., 0., 0.],\n"
        + "         [0., 0., 0., ..., 0., 0., 0.],\n"
        + "         [0., 0., 0., ..., 0., 0., 0.]], shape=[100, 100])", text);
    assertEquals("NdArray([   0.,    1.,    2., ...,  998.,  999., 1000.], shape=[1001])",
        NdArray.arange(1001).toString());
    assertEquals(false, NdArray.arange(1000).toString().contains("..."), "1000 elements or fewer print in full");
  }

  @Test
  void longRowsWrapAt75Characters() {
    String text = NdArray.arange(30).toString();
    for (String line : text.split("\n")) {
      assertEquals(true, line.length() <= 75 + ", shape=[30])".length(), line);
    }
    assertEquals(true, text.startsWith("NdArray([ 0.,  1.,  2.,"), text);
    assertEquals(true, text.contains("\n         "), "continuation lines align under the first element");
  }

  @Test
  void wrappingTypesUseTheirOwnName() {
    assertEquals("Tensor([[1., 2.],\n        [3., 4.]], shape=[2, 2], requiresGrad)",
        NdArray.of(new double[][] {{1, 2}, {3, 4}}).toString("Tensor", "requiresGrad"));
  }
}
