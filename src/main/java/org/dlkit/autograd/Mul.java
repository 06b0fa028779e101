package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code a * b} elementwise, broadcast; d/da = b and d/db = a. */
final class Mul extends Op {
  private Mul(Tensor a, Tensor b) {
    super(a, b);
  }

  static Tensor apply(Tensor a, Tensor b) {
    NdArray out = a.data().mul(b.data());
    return output(out, a, b, () -> new Mul(a, b));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return new NdArray[] {
      needs(0) ? grad.mul(input(1)).sumTo(input(0).shape()) : null,
      needs(1) ? grad.mul(input(0)).sumTo(input(1).shape()) : null
    };
  }
}
