package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code x^p} for a constant exponent p; d/dx = p x^(p-1). */
final class Pow extends Op {
  private final double exponent;

  private Pow(Tensor x, double exponent) {
    super(x);
    this.exponent = exponent;
  }

  static Tensor apply(Tensor x, double exponent) {
    NdArray out = x.data().pow(exponent);
    return output(out, x, () -> new Pow(x, exponent));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    NdArray local = exponent == 2 ? input(0).mul(2) : input(0).pow(exponent - 1).mul(exponent);
    return one(grad.mul(local));
  }
}
