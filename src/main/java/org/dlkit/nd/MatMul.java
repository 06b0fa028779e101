package org.dlkit.nd;

/**
 * NumPy-style {@code matmul}: checks and broadcasts the shapes, then hands each matrix product
 * to {@link Gemm}.
 */
final class MatMul {
  private MatMul() {}

  static NdArray of(NdArray a, NdArray b) {
    if (a.ndim() == 0 || b.ndim() == 0) {
      throw new ShapeException(String.format("matmul: cannot multiply %s by %s (0-dimensional arrays have no rows;"
          + " use mul for scaling)", ShapeException.format(a.shape), ShapeException.format(b.shape)));
    }
    if (a.ndim() > 3 || b.ndim() > 3) {
      throw new ShapeException(String.format("matmul: cannot multiply %s by %s (at most 3 dimensions: a batch of matrices)",
          ShapeException.format(a.shape), ShapeException.format(b.shape)));
    }
    // A 1-D left operand is a row vector and a 1-D right operand a column vector; the added axis is dropped after.
    NdArray left = a.ndim() == 1 ? a.unsqueeze(0) : a;
    NdArray right = b.ndim() == 1 ? b.unsqueeze(1) : b;
    int k = left.shape[left.ndim() - 1];
    if (k != right.shape[right.ndim() - 2]) {
      throw new ShapeException(String.format("matmul: cannot multiply %s by %s (inner dimensions %d and %d differ)",
          ShapeException.format(a.shape), ShapeException.format(b.shape), k, right.shape[right.ndim() - 2]));
    }
    NdArray product = left.ndim() == 2 && right.ndim() == 2 ? single(left, right) : batched(a, b, left, right);
    if (a.ndim() == 1) {
      product = product.squeeze(-2);
    }
    if (b.ndim() == 1) {
      product = product.squeeze(-1);
    }
    return product;
  }

  /**
   * Returns {@code a · b + addend} for 2-D {@code a} and {@code b}, the addend broadcast to the
   * product's shape: the addend is laid into the result first and BLAS adds the product onto it,
   * so there is no second pass and no intermediate product. Other ranks go through {@link #of}.
   */
  static NdArray plus(NdArray a, NdArray b, NdArray addend) {
    if (a.ndim() != 2 || b.ndim() != 2 || a.shape[1] != b.shape[0] || addend.ndim() > 2) {
      return of(a, b).add(addend);
    }
    int m = a.shape[0];
    int k = a.shape[1];
    int n = b.shape[1];
    int[] shape = {m, n};
    if (!java.util.Arrays.equals(Shapes.broadcast("matmulAdd", shape, addend.shape), shape)) {
      throw new ShapeException(String.format("matmulAdd: cannot add %s to the product %s (the addend must broadcast"
          + " to the product's shape)", ShapeException.format(addend.shape), ShapeException.format(shape)));
    }
    double[] c = new double[m * n];
    if (addend.ndim() == 1 && addend.shape[0] == n && addend.contiguous) {
      // A bias row: one copy per row of C.
      for (int i = 0; i < m; i++) {
        System.arraycopy(addend.data, addend.offset, c, i * n, n);
      }
    } else {
      NdArray spread = addend.expand(shape).copy();
      System.arraycopy(spread.data, spread.offset, c, 0, m * n);
    }
    Gemm.multiply(operand(a, 0, m, k), operand(b, 0, k, n), m, n, k, c, 0, true);
    return NdArray.wrap(c, shape);
  }

  private static NdArray single(NdArray a, NdArray b) {
    int m = a.shape[0];
    int k = a.shape[1];
    int n = b.shape[1];
    double[] c = new double[m * n];
    Gemm.multiply(operand(a, 0, m, k), operand(b, 0, k, n), m, n, k, c, 0);
    return NdArray.wrap(c, new int[] {m, n});
  }

  private static NdArray batched(NdArray a, NdArray b, NdArray left, NdArray right) {
    int batchA = left.ndim() == 3 ? left.shape[0] : 1;
    int batchB = right.ndim() == 3 ? right.shape[0] : 1;
    if (batchA != batchB && batchA != 1 && batchB != 1) {
      throw new ShapeException(String.format("matmul: cannot multiply %s by %s (batch sizes %d and %d differ and neither is 1)",
          ShapeException.format(a.shape), ShapeException.format(b.shape), batchA, batchB));
    }
    NdArray left3 = left.ndim() == 3 ? left : left.unsqueeze(0);
    NdArray right3 = right.ndim() == 3 ? right : right.unsqueeze(0);
    int batch = Math.max(batchA, batchB);
    int m = left3.shape[1];
    int k = left3.shape[2];
    int n = right3.shape[2];
    double[] c = new double[batch * m * n];
    for (int i = 0; i < batch; i++) {
      Gemm.Operand x = operand(left3, batchA == 1 ? 0 : i, m, k);
      Gemm.Operand y = operand(right3, batchB == 1 ? 0 : i, k, n);
      Gemm.multiply(x, y, m, n, k, c, i * m * n);
    }
    return NdArray.wrap(c, new int[] {batch, m, n});
  }

  /** Describes matrix {@code index} of a 2-D or 3-D array for BLAS, copying it only if its strides are unusable. */
  private static Gemm.Operand operand(NdArray x, int index, int rows, int cols) {
    int d = x.ndim();
    int offset = x.offset + (d == 3 ? index * x.strides[0] : 0);
    Gemm.Operand direct = Gemm.Operand.of(x.data, offset, rows, cols, x.strides[d - 2], x.strides[d - 1]);
    if (direct != null) {
      return direct;
    }
    NdArray matrix = d == 3 ? x.row(index) : x;
    return Gemm.Operand.rowMajor(matrix.copy().data, 0, cols);
  }
}
