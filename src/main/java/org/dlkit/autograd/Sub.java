package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code a - b}, broadcast; the backward sends {@code +grad} to a and {@code -grad} to b. */
final class Sub extends Op {
  private Sub(Tensor a, Tensor b) {
    super(a, b);
  }

  static Tensor apply(Tensor a, Tensor b) {
    NdArray out = a.data().sub(b.data());
    return output(out, a, b, () -> new Sub(a, b));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return new NdArray[] {
      needs(0) ? grad.sumTo(input(0).shape()) : null,
      needs(1) ? grad.neg().sumTo(input(1).shape()) : null
    };
  }
}
