package org.dlkit.nd;

import java.util.Arrays;

/** Shape arithmetic shared by the array operations: sizes, strides, axes and broadcasting. */
final class Shapes {
  static final int[] SCALAR = new int[0];

  private Shapes() {}

  /** Returns the number of elements of a shape; throws on a negative dimension. */
  static int size(int[] shape) {
    long n = 1;
    for (int d : shape) {
      if (d < 0) {
        throw new ShapeException("shape " + ShapeException.format(shape) + " has a negative dimension");
      }
      n *= d;
      if (n > Integer.MAX_VALUE) {
        throw new ShapeException("shape " + ShapeException.format(shape) + " has more than 2^31 elements");
      }
    }
    return (int) n;
  }

  /** Returns the row-major (C order) strides of a contiguous array of this shape. */
  static int[] rowMajorStrides(int[] shape) {
    int[] strides = new int[shape.length];
    int s = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      strides[i] = s;
      s *= Math.max(shape[i], 1);
    }
    return strides;
  }

  /** Returns the broadcast shape of {@code a} and {@code b} under NumPy's rules, or throws for {@code op}. */
  static int[] broadcast(String op, int[] a, int[] b) {
    if (Arrays.equals(a, b)) {
      return a;
    }
    int n = Math.max(a.length, b.length);
    int[] out = new int[n];
    for (int i = 1; i <= n; i++) {
      int da = i <= a.length ? a[a.length - i] : 1;
      int db = i <= b.length ? b[b.length - i] : 1;
      if (da != db && da != 1 && db != 1) {
        throw ShapeException.broadcast(op, a, b);
      }
      out[n - i] = da == 1 ? db : da;
    }
    return out;
  }

  /**
   * Returns strides that read an array of {@code shape}/{@code strides} as if it had
   * {@code target} shape: stride 0 along every broadcast dimension.
   */
  static int[] broadcastStrides(int[] shape, int[] strides, int[] target) {
    int[] out = new int[target.length];
    int lead = target.length - shape.length;
    for (int i = 0; i < shape.length; i++) {
      out[lead + i] = shape[i] == 1 ? 0 : strides[i];
    }
    return out;
  }

  /** Turns a possibly negative axis into {@code 0..ndim-1}, naming {@code op} when it is out of range. */
  static int axis(String op, int axis, int ndim) {
    int a = axis < 0 ? axis + ndim : axis;
    if (a < 0 || a >= ndim) {
      throw new IllegalArgumentException(String.format(
          "%s: axis %d is out of range for an array with %d dimension%s (use 0..%d or -%d..-1)",
          op, axis, ndim, ndim == 1 ? "" : "s", ndim - 1, ndim));
    }
    return a;
  }

  /** Marks the given axes (negative allowed, no repeats); all axes when {@code axes} is empty. */
  static boolean[] axisMask(String op, int[] axes, int ndim) {
    boolean[] mask = new boolean[ndim];
    if (axes.length == 0) {
      Arrays.fill(mask, true);
      return mask;
    }
    for (int axis : axes) {
      int a = axis(op, axis, ndim);
      if (mask[a]) {
        throw new IllegalArgumentException(op + ": axis " + axis + " is given twice");
      }
      mask[a] = true;
    }
    return mask;
  }

  /** Returns {@code shape} with size 1 along the masked axes, or with them removed. */
  static int[] reduced(int[] shape, boolean[] mask, boolean keepDims) {
    int kept = 0;
    for (boolean m : mask) {
      kept += m ? 0 : 1;
    }
    int[] out = new int[keepDims ? shape.length : kept];
    for (int i = 0, j = 0; i < shape.length; i++) {
      if (keepDims) {
        out[i] = mask[i] ? 1 : shape[i];
      } else if (!mask[i]) {
        out[j++] = shape[i];
      }
    }
    return out;
  }

  /** Resolves one {@code -1} in a requested reshape so that the sizes agree, or explains why not. */
  static int[] inferReshape(int[] from, int[] requested) {
    int size = size(from);
    int[] shape = requested.clone();
    int unknown = -1;
    long known = 1;
    for (int i = 0; i < shape.length; i++) {
      if (shape[i] == -1) {
        if (unknown >= 0) {
          throw new ShapeException("reshape: only one dimension may be -1, got " + ShapeException.format(requested));
        }
        unknown = i;
      } else if (shape[i] < 0) {
        throw new ShapeException("reshape: dimension " + shape[i] + " in " + ShapeException.format(requested)
            + " is negative (use -1 to infer one dimension)");
      } else {
        known *= shape[i];
      }
    }
    if (unknown >= 0 && known != 0 && size % known == 0) {
      shape[unknown] = (int) (size / known);
    }
    if (unknown >= 0 && shape[unknown] == -1 || size(shape) != size) {
      throw new ShapeException(String.format(
          "reshape: cannot reshape %s (%d elements) into %s (the number of elements must stay the same)",
          ShapeException.format(from), size, ShapeException.format(requested)));
    }
    return shape;
  }
}
