package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/**
 * A dense layer's pre-activation {@code x W + b} for a 2-D batch x and 2-D weights W, in one step:
 * the bias is laid into the output and BLAS adds the product onto it. The backward is that of
 * {@code matmul} followed by {@code add}: dx = dZ Wᵀ, dW = xᵀ dZ (both transposes are BLAS flags,
 * not copies), and db = dZ summed down to b's shape.
 */
final class Affine extends Op {
  private Affine(Tensor x, Tensor w, Tensor b) {
    super(x, w, b);
  }

  static Tensor apply(Tensor x, Tensor w, Tensor b) {
    NdArray out = x.data().matmulAdd(w.data(), b.data());
    boolean tracks = (x.requiresGrad() || w.requiresGrad() || b.requiresGrad()) && NoGrad.enabled();
    return tracks ? Tensor.node(out, new Affine(x, w, b)) : Tensor.constant(out);
  }

  @Override
  NdArray[] backward(NdArray grad) {
    NdArray bias = null;
    if (needs(2)) {
      bias = grad.sumTo(input(2).shape());
      // A bias as large as the output sums nothing and would be grad itself; keep every gradient fresh.
      bias = bias == grad ? grad.copy() : bias;
    }
    return new NdArray[] {
      needs(0) ? grad.matmul(input(1).transpose()) : null,
      needs(1) ? input(0).transpose().matmul(grad) : null,
      bias
    };
  }

  @Override
  boolean freshGradients() {
    return true;
  }
}
