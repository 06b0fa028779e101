package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** The same values in a new shape; the backward reshapes the gradient back. */
final class Reshape extends Op {
  private Reshape(Tensor x) {
    super(x);
  }

  static Tensor apply(Tensor x, int... shape) {
    NdArray out = x.data().reshape(shape);
    return tracks(x) ? Tensor.node(out, new Reshape(x)) : Tensor.constant(out);
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return new NdArray[] {grad.reshape(input(0).shape())};
  }
}
