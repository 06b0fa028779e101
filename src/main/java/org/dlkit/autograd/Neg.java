package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code -x}; the backward negates the gradient. */
final class Neg extends Op {
  private Neg(Tensor x) {
    super(x);
  }

  static Tensor apply(Tensor x) {
    NdArray out = x.data().neg();
    return tracks(x) ? Tensor.node(out, new Neg(x)) : Tensor.constant(out);
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return new NdArray[] {grad.neg()};
  }
}
