package org.dlkit.autograd;

import org.dlkit.nd.ShapeException;

/**
 * Compositions of primitives computed as one graph step, for speed. Each gives the same values and
 * gradients as the primitives it replaces (a gradient check holds it to that), with fewer passes over
 * memory and fewer intermediate arrays.
 */
public final class Fused {
  private Fused() {}

  /**
   * Returns {@code x.matmul(w).add(b)}, a dense layer's pre-activation, with x [batch, in], w [in, out]
   * and b broadcasting to [batch, out] (usually [out]). Other ranks fall back to the two primitives.
   *
   * @throws ShapeException if the shapes do not multiply or the bias does not broadcast
   */
  public static Tensor affine(Tensor x, Tensor w, Tensor b) {
    if (x.ndim() != 2 || w.ndim() != 2 || b.ndim() > 2) {
      return x.matmul(w).add(b);
    }
    return Affine.apply(x, w, b);
  }
}
