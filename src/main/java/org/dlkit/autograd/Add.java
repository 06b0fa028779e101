package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code a + b}, broadcast; the backward sends the gradient unchanged to both, summed back to each shape. */
final class Add extends Op {
  private Add(Tensor a, Tensor b) {
    super(a, b);
  }

  static Tensor apply(Tensor a, Tensor b) {
    NdArray out = a.data().add(b.data());
    return output(out, a, b, () -> new Add(a, b));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return new NdArray[] {
      needs(0) ? grad.sumTo(input(0).shape()) : null,
      needs(1) ? grad.sumTo(input(1).shape()) : null
    };
  }
}
