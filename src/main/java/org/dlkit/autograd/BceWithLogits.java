package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/**
 * Binary cross-entropy on logits x with targets y, averaged: {@code max(x,0) - x y + log(1 + e^-|x|)}
 * per element, finite for any x. d/dx = (σ(x) - y) / n and d/dy = -x / n.
 */
final class BceWithLogits extends Op {
  private BceWithLogits(Tensor logits, Tensor targets) {
    super(logits, targets);
  }

  static Tensor apply(Tensor logits, Tensor targets) {
    NdArray perExample = logits.data().zip("bceWithLogits", targets.data(),
        (x, y) -> Math.max(x, 0) - x * y + Math.log1p(Math.exp(-Math.abs(x))));
    NdArray out = NdArray.scalar(perExample.mean());
    return output(out, logits, targets, () -> new BceWithLogits(logits, targets));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    NdArray x = input(0);
    double scale = grad.item() / x.size();
    return new NdArray[] {
      needs(0) ? x.sigmoid().sub(input(1)).mul(scale) : null,
      needs(1) ? x.mul(-scale) : null
    };
  }
}
