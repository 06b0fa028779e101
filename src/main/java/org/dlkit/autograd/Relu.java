package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** {@code max(0, x)}; the gradient passes where x > 0 and stops elsewhere (0 at x = 0). */
final class Relu extends Op {
  private Relu(Tensor x) {
    super(x);
  }

  static Tensor apply(Tensor x) {
    NdArray out = x.data().maximum(0);
    return output(out, x, () -> new Relu(x));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    return one(grad.zip("relu", input(0), (g, x) -> x > 0 ? g : 0)); // one pass: no mask array
  }
}
