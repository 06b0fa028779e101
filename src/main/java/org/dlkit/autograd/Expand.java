package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** Broadcasts size-1 axes to a larger shape; its pair is sum: the backward sums the copies back. */
final class Expand extends Op {
  private Expand(Tensor x) {
    super(x);
  }

  static Tensor apply(Tensor x, int... shape) {
    NdArray out = x.data().expand(shape);
    return output(out, x, () -> new Expand(x));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.sumTo(input(0).shape()));
  }
}
