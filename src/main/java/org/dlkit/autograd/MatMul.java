package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/**
 * The matrix product {@code a @ b} (2-D, batched 3-D, 1-D vectors as in NumPy). For C = A B the
 * backward is dA = dC Bᵀ and dB = Aᵀ dC, summed over any broadcast batch.
 */
final class MatMul extends Op {
  private MatMul(Tensor a, Tensor b) {
    super(a, b);
  }

  static Tensor apply(Tensor a, Tensor b) {
    NdArray out = a.data().matmul(b.data());
    return output(out, a, b, () -> new MatMul(a, b));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    NdArray a = input(0);
    NdArray b = input(1);
    // Give 1-D operands back the axis matmul added and dropped: a row vector on the left, a column on the right.
    NdArray a2 = a.ndim() == 1 ? a.unsqueeze(0) : a;
    NdArray b2 = b.ndim() == 1 ? b.unsqueeze(1) : b;
    NdArray g = b.ndim() == 1 ? grad.unsqueeze(grad.ndim()) : grad;
    g = a.ndim() == 1 ? g.unsqueeze(g.ndim() - 1) : g;
    return new NdArray[] {
      needs(0) ? g.matmul(b2.transpose(-1, -2)).sumTo(a2.shape()).reshape(a.shape()) : null,
      needs(1) ? a2.transpose(-1, -2).matmul(g).sumTo(b2.shape()).reshape(b.shape()) : null
    };
  }

  @Override
  boolean freshGradients() {
    return true; // each is a new product (summed down to the input's shape, or viewed in a new shape)
  }
}
