package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** Mean over axes; the backward spreads the gradient evenly: each element gets grad / count. */
final class Mean extends Op {
  private final int[] keptShape;
  private final double count;

  private Mean(Tensor x, int[] keptShape, double count) {
    super(x);
    this.keptShape = keptShape;
    this.count = count;
  }

  static Tensor apply(Tensor x, boolean keepDims, int... axes) {
    NdArray kept = x.data().mean(true, axes);
    NdArray out = Axes.keptOrDropped(kept, axes, keepDims);
    double count = kept.size() == 0 ? 0 : (double) x.data().size() / kept.size();
    return output(out, x, () -> new Mean(x, kept.shape(), count));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.reshape(keptShape).div(count).expand(input(0).shape()));
  }
}
