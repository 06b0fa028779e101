package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** Shape bookkeeping for the reductions: which axes are reduced, and the shape with them kept or dropped. */
final class Axes {
  private Axes() {}

  /** Marks the reduced axes (all when none are given); the nd reduction has already validated them. */
  static boolean[] mask(int[] axes, int ndim) {
    boolean[] mask = new boolean[ndim];
    for (int a : axes) {
      mask[a < 0 ? a + ndim : a] = true;
    }
    if (axes.length == 0) {
      java.util.Arrays.fill(mask, true);
    }
    return mask;
  }

  /** Returns a keep-dims reduction as it is, or without its reduced size-1 axes. */
  static NdArray keptOrDropped(NdArray kept, int[] axes, boolean keepDims) {
    return keepDims ? kept : kept.reshape(drop(kept.shape(), mask(axes, kept.ndim())));
  }

  /** Removes the masked axes from a shape in which they have size 1. */
  static int[] drop(int[] keptShape, boolean[] mask) {
    int n = 0;
    for (boolean m : mask) {
      n += m ? 0 : 1;
    }
    int[] out = new int[n];
    for (int i = 0, j = 0; i < keptShape.length; i++) {
      if (!mask[i]) {
        out[j++] = keptShape[i];
      }
    }
    return out;
  }
}
