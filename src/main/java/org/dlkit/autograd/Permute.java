package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** Reorders the axes (transpose is the two-axis case); the backward applies the inverse order. */
final class Permute extends Op {
  private final int[] inverse;

  private Permute(Tensor x, int[] inverse) {
    super(x);
    this.inverse = inverse;
  }

  static Tensor apply(Tensor x, int... order) {
    NdArray out = x.data().permute(order);
    if (!tracks(x)) {
      return Tensor.constant(out);
    }
    int[] inverse = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      inverse[order[i] < 0 ? order[i] + order.length : order[i]] = i;
    }
    return Tensor.node(out, new Permute(x, inverse));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.permute(inverse));
  }
}
