package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code e^x}; its derivative is its own output. */
final class Exp extends OutputOp {
  private Exp(Tensor x, NdArray out) {
    super(x, out);
  }

  static Tensor apply(Tensor x) {
    NdArray out = x.data().exp();
    return output(out, x, () -> new Exp(x, out));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.mul(out));
  }
}
