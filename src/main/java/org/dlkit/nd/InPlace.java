package org.dlkit.nd;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/**
 * Kernels that overwrite an existing array, for optimizers and gradient buffers. They are the one
 * exception to {@link NdArray}'s immutability, so each method names the argument it modifies.
 * A target must be contiguous (a freshly made array, not a view); every write also shows through
 * any view that shares its storage.
 */
public final class InPlace {
  private InPlace() {}

  /** Computes {@code target += x}; {@code x} broadcasts to the target's shape. Modifies {@code target}. */
  public static void addInPlace(NdArray target, NdArray x) {
    axpy("addInPlace", 1.0, x, target);
  }

  /** Computes {@code target *= x}; {@code x} broadcasts to the target's shape. Modifies {@code target}. */
  public static void mulInPlace(NdArray target, NdArray x) {
    double[] t = writable("mulInPlace", target);
    NdArray v = operand("mulInPlace", target, x);
    double[] values = v.data;
    for (int i = 0, p = target.offset, q = v.offset; i < target.size; i++, p++, q++) {
      t[p] *= values[q];
    }
  }

  /** Computes {@code target *= alpha}. Modifies {@code target}. */
  public static void scaleInPlace(NdArray target, double alpha) {
    double[] t = writable("scaleInPlace", target);
    for (int i = target.offset, end = target.offset + target.size; i < end; i++) {
      t[i] *= alpha;
    }
  }

  /** Computes {@code y += alpha * x} (BLAS axpy); {@code x} broadcasts to {@code y}'s shape. Modifies {@code y}. */
  public static void axpy(double alpha, NdArray x, NdArray y) {
    axpy("axpy", alpha, x, y);
  }

  private static void axpy(String op, double alpha, NdArray x, NdArray y) {
    double[] t = writable(op, y);
    NdArray v = operand(op, y, x);
    double[] values = v.data;
    for (int i = 0, p = y.offset, q = v.offset; i < y.size; i++, p++, q++) {
      t[p] += alpha * values[q];
    }
  }

  /**
   * Sets {@code target[i] = f(a[i], b[i])} element by element, in one pass and without a temporary
   * array; {@code a} and {@code b} broadcast to the target's shape and may be the target itself
   * (e.g. an optimizer's running average {@code m = f(m, g)}). Modifies {@code target}.
   */
  public static void zipInto(NdArray target, NdArray a, NdArray b, DoubleBinaryOperator f) {
    double[] t = writable("zipInto", target);
    NdArray x = operand("zipInto", target, a);
    NdArray y = operand("zipInto", target, b);
    zipFlat(t, target.offset, x.data, x.offset, y.data, y.offset, target.size, f);
  }

  // Kept tiny so the JIT inlines it into each caller, where f is a constant (see Kernels).
  private static void zipFlat(double[] t, int to, double[] x, int xo, double[] y, int yo, int n, DoubleBinaryOperator f) {
    for (int i = 0; i < n; i++) {
      t[to + i] = f.applyAsDouble(x[xo + i], y[yo + i]);
    }
  }

  /** Copies {@code source} (broadcast) into {@code target}. Modifies {@code target}. */
  public static void copyInto(NdArray target, NdArray source) {
    double[] t = writable("copyInto", target);
    NdArray v = operand("copyInto", target, source);
    System.arraycopy(v.data, v.offset, t, target.offset, target.size);
  }

  /** Sets every element of {@code target} to {@code value}. Modifies {@code target}. */
  public static void fill(NdArray target, double value) {
    double[] t = writable("fill", target);
    Arrays.fill(t, target.offset, target.offset + target.size, value);
  }

  private static double[] writable(String op, NdArray target) {
    if (!target.contiguous) {
      throw new IllegalArgumentException(op + ": the target " + ShapeException.format(target.shape)
          + " is a strided view; write into a contiguous array (call contiguous() or copy() first)");
    }
    return target.data;
  }

  /** Returns {@code x} as a contiguous array of the target's shape: itself when it is one, else a broadcast copy. */
  private static NdArray operand(String op, NdArray target, NdArray x) {
    if (x.contiguous && Arrays.equals(x.shape, target.shape)) {
      return x;
    }
    int[] shape = Shapes.broadcast(op, target.shape, x.shape);
    if (!Arrays.equals(shape, target.shape)) {
      throw new ShapeException(String.format("%s: cannot write %s into the target %s (the operand must broadcast to the target's shape)",
          op, ShapeException.format(x.shape), ShapeException.format(target.shape)));
    }
    return x.expand(target.shape).copy();
  }
}
