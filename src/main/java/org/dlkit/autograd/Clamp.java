package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** Limits values to [min, max]; the gradient passes where x is inside the range and stops where it was clipped. */
final class Clamp extends Op {
  private final double min;
  private final double max;

  private Clamp(Tensor x, double min, double max) {
    super(x);
    this.min = min;
    this.max = max;
  }

  static Tensor apply(Tensor x, double min, double max) {
    if (!(min <= max)) {
      throw new IllegalArgumentException("clamp: min " + min + " must not exceed max " + max);
    }
    NdArray out = x.data().maximum(min).minimum(max);
    return output(out, x, () -> new Clamp(x, min, max));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.mul(input(0).map(v -> v >= min && v <= max ? 1 : 0)));
  }
}
