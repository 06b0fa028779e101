package org.dlkit.nd;

import java.util.Arrays;

/**
 * Thrown when an operation gets arrays whose shapes do not fit together; the message names the
 * operation, both shapes and the rule that was broken.
 *
 * <p>Example: {@code matmul: cannot multiply [2, 3] by [4, 5] (inner dimensions 3 and 4 differ)}.
 */
public final class ShapeException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Creates an exception with a complete, already formatted message. */
  public ShapeException(String message) {
    super(message);
  }

  /** Formats a shape the way every dlkit message shows it: {@code [2, 3]}. */
  public static String format(int[] shape) {
    return Arrays.toString(shape);
  }

  /** Builds the message for two shapes that cannot broadcast under NumPy's rules. */
  static ShapeException broadcast(String op, int[] a, int[] b) {
    int n = Math.max(a.length, b.length);
    for (int i = 1; i <= n; i++) {
      int da = i <= a.length ? a[a.length - i] : 1;
      int db = i <= b.length ? b[b.length - i] : 1;
      if (da != db && da != 1 && db != 1) {
        return new ShapeException(String.format(
            "%s: cannot broadcast %s with %s (dimensions must be equal or 1, compared from the right;"
                + " axis -%d has %d vs %d)",
            op, format(a), format(b), i, da, db));
      }
    }
    return new ShapeException(op + ": cannot broadcast " + format(a) + " with " + format(b));
  }
}
