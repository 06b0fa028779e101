package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code -x}; the backward negates the gradient. */
final class Neg extends Op {
  private Neg(Tensor x) {
    super(x);
  }

  static Tensor apply(Tensor x) {
    NdArray out = x.data().neg();
    return output(out, x, () -> new Neg(x));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.neg());
  }
}
