package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** Sum over axes; the backward is an expand: every input element gets the gradient of its sum. */
final class Sum extends Op {
  private final int[] keptShape;

  private Sum(Tensor x, int[] keptShape) {
    super(x);
    this.keptShape = keptShape;
  }

  static Tensor apply(Tensor x, boolean keepDims, int... axes) {
    NdArray kept = x.data().sum(true, axes);
    NdArray out = Axes.keptOrDropped(kept, axes, keepDims);
    return output(out, x, () -> new Sum(x, kept.shape()));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.reshape(keptShape).expand(input(0).shape()));
  }
}
