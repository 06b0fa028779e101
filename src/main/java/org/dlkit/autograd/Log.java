package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** The natural logarithm; d/dx = 1/x. */
final class Log extends Op {
  private Log(Tensor x) {
    super(x);
  }

  static Tensor apply(Tensor x) {
    NdArray out = x.data().log();
    return output(out, x, () -> new Log(x));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.div(input(0)));
  }
}
