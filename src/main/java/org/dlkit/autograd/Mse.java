package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** Mean squared error over all elements; d/dp = 2 (p - t) / n and d/dt = -2 (p - t) / n. */
final class Mse extends Op {
  private final NdArray diff;

  private Mse(Tensor prediction, Tensor target, NdArray diff) {
    super(prediction, target);
    this.diff = diff;
  }

  static Tensor apply(Tensor prediction, Tensor target) {
    NdArray diff = prediction.data().sub(target.data());
    NdArray out = NdArray.scalar(diff.size() == 0 ? Double.NaN : diff.pow(2).sum() / diff.size());
    return output(out, prediction, target, () -> new Mse(prediction, target, diff));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    NdArray local = diff.mul(grad.item() * 2.0 / diff.size());
    return new NdArray[] {needs(0) ? local : null, needs(1) ? local.neg() : null};
  }
}
