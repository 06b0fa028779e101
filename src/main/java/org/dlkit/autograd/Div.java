package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code a / b} elementwise, broadcast; d/da = 1/b and d/db = -a/b². */
final class Div extends Op {
  private Div(Tensor a, Tensor b) {
    super(a, b);
  }

  static Tensor apply(Tensor a, Tensor b) {
    NdArray out = a.data().div(b.data());
    return output(out, a, b, () -> new Div(a, b));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    NdArray b = input(1);
    return new NdArray[] {
      needs(0) ? grad.div(b).sumTo(input(0).shape()) : null,
      needs(1) ? grad.mul(input(0)).div(b.mul(b)).neg().sumTo(b.shape()) : null
    };
  }
}
