package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code e^x}; its derivative is its own output. */
final class Exp extends Op {
  private final NdArray out;

  private Exp(Tensor x, NdArray out) {
    super(x);
    this.out = out;
  }

  static Tensor apply(Tensor x) {
    NdArray out = x.data().exp();
    return tracks(x) ? Tensor.node(out, new Exp(x, out)) : Tensor.constant(out);
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return new NdArray[] {grad.mul(out)};
  }
}
