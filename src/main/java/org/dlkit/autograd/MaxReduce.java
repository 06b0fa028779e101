package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** Maximum over axes; the gradient goes to the largest elements, shared equally between ties. */
final class MaxReduce extends Op {
  private final NdArray kept;
  private final int[] axes;

  private MaxReduce(Tensor x, NdArray kept, int[] axes) {
    super(x);
    this.kept = kept;
    this.axes = axes;
  }

  static Tensor apply(Tensor x, boolean keepDims, int... axes) {
    NdArray kept = x.data().max(true, axes);
    NdArray out = Axes.keptOrDropped(kept, axes, keepDims);
    return output(out, x, () -> new MaxReduce(x, kept, axes.clone()));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    NdArray winners = input(0).eq(kept);
    NdArray share = grad.reshape(kept.shape()).div(winners.sum(true, axes));
    return one(winners.mul(share));
  }
}
