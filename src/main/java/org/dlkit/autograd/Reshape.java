package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** The same values in a new shape; the backward reshapes the gradient back. */
final class Reshape extends Op {
  private Reshape(Tensor x) {
    super(x);
  }

  static Tensor apply(Tensor x, int... shape) {
    NdArray out = x.data().reshape(shape);
    return output(out, x, () -> new Reshape(x));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.reshape(input(0).shape()));
  }
}
