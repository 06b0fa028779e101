package org.dlkit.nd;

import dev.ludovic.netlib.blas.BLAS;
import java.util.logging.Level;
import java.util.stream.IntStream;
import java.util.logging.Logger;

/**
 * Matrix products through BLAS {@code dgemm}. Row-major arrays are handed to the column-major
 * routine as their transposes ({@code C = A B} is computed as {@code C^T = B^T A^T}), and
 * transposed views go in with the transpose flag, so no operand is copied unless its strides
 * are neither row- nor column-major.
 *
 * <p>Native BLAS (OpenBLAS) threads by itself. The Java implementations run on one thread, so a
 * large product is split into bands of rows of C, one per core, each its own {@code dgemm} call.
 */
final class Gemm {
  /** Held so the level sticks: netlib logs a warning each time the native library is absent. */
  private static final Logger NETLIB_LOG = quiet("dev.ludovic.netlib");
  static final BLAS BLAS_INSTANCE = BLAS.getInstance();
  private static final boolean NATIVE = BLAS_INSTANCE.getClass().getSimpleName().startsWith("JNI");
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  /** Below this many multiply-adds one thread wins: handing work to another thread costs more than it saves. */
  static final long PARALLEL_THRESHOLD = 1L << 20;
  /**
   * Up to this many multiply-adds a plain loop beats a BLAS call, whose set-up dominates tiny products:
   * measured here, the loop won at 4x2x3 (2x) and lost on skinny products such as 200x16x1. The system
   * property {@code dlkit.gemm.small} overrides it, for measuring the crossover.
   */
  static final long SMALL = Long.getLong("dlkit.gemm.small", 512);
  /** The fewest rows of C worth giving a thread. */
  private static final int MIN_BAND = 16;

  private Gemm() {}

  private static Logger quiet(String name) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(Level.SEVERE);
    return logger;
  }

  /**
   * Computes {@code c[cOffset..] = a · b} for {@code a} of {@code m x k} and {@code b} of
   * {@code k x n}, each given as a 2-D matrix read at an offset with strides.
   */
  static void multiply(Operand a, Operand b, int m, int n, int k, double[] c, int cOffset) {
    multiply(a, b, m, n, k, c, cOffset, false);
  }

  /**
   * Computes {@code c[cOffset..] = a · b}, or with {@code accumulate} {@code c[cOffset..] += a · b}
   * (BLAS's beta = 1), so a product lands on what C already holds without a second pass.
   */
  static void multiply(Operand a, Operand b, int m, int n, int k, double[] c, int cOffset, boolean accumulate) {
    if (m == 0 || n == 0) {
      return;
    }
    if (k == 0) {
      if (!accumulate) {
        java.util.Arrays.fill(c, cOffset, cOffset + m * n, 0.0);
      }
      return;
    }
    if ((long) m * n * k <= SMALL) {
      small(a, b, m, n, k, c, cOffset, accumulate);
      return;
    }
    int bands = NATIVE || (long) m * n * k < PARALLEL_THRESHOLD ? 1 : Math.min(CORES, m / MIN_BAND);
    if (bands <= 1) {
      rows(a, b, 0, m, n, k, c, cOffset, accumulate);
      return;
    }
    // A band of a transposed A would start mid-column, which netlib's bounds check rejects; copy it row-major.
    Operand left = a.transpose ? a.toRowMajor(m, k) : a;
    IntStream.range(0, bands).parallel().forEach(band ->
        rows(left, b, band * m / bands, (band + 1) * m / bands, n, k, c, cOffset, accumulate));
  }

  /**
   * Computes a tiny product directly. With B row-major each row of C is a sum of rows of B scaled by
   * A's entries (a loop the JIT vectorizes); with B transposed each entry is a dot product.
   */
  private static void small(Operand a, Operand b, int m, int n, int k, double[] c, int cOffset, boolean accumulate) {
    int aRow = a.transpose ? 1 : a.leading;
    int aCol = a.transpose ? a.leading : 1;
    double[] x = a.data;
    double[] y = b.data;
    for (int i = 0; i < m; i++) {
      int row = cOffset + i * n;
      int ai = a.offset + i * aRow;
      if (!b.transpose) {
        if (!accumulate) {
          java.util.Arrays.fill(c, row, row + n, 0.0);
        }
        for (int p = 0; p < k; p++) {
          double s = x[ai + p * aCol];
          int bp = b.offset + p * b.leading;
          for (int j = 0; j < n; j++) {
            c[row + j] += s * y[bp + j];
          }
        }
      } else {
        for (int j = 0; j < n; j++) {
          int bj = b.offset + j * b.leading;
          double sum = 0;
          for (int p = 0; p < k; p++) {
            sum += x[ai + p * aCol] * y[bj + p];
          }
          c[row + j] = accumulate ? c[row + j] + sum : sum;
        }
      }
    }
  }

  /** Computes rows {@code from <= i < to} of C with one dgemm call. */
  private static void rows(Operand a, Operand b, int from, int to, int n, int k, double[] c, int cOffset,
      boolean accumulate) {
    // Column-major view: C^T (n x rows) = op(B^T) (n x k) * op(A^T) (k x rows).
    int aOffset = a.offset + from * (a.transpose ? 1 : a.leading);
    BLAS_INSTANCE.dgemm(b.transpose ? "T" : "N", a.transpose ? "T" : "N", n, to - from, k,
        1.0, b.data, b.offset, b.leading, a.data, aOffset, a.leading, accumulate ? 1.0 : 0.0, c, cOffset + from * n, n);
  }

  /** A 2-D matrix as BLAS reads it: storage, offset, leading dimension and transpose flag. */
  static final class Operand {
    final double[] data;
    final int offset;
    final int leading;
    final boolean transpose;

    private Operand(double[] data, int offset, int leading, boolean transpose) {
      this.data = data;
      this.offset = offset;
      this.leading = leading;
      this.transpose = transpose;
    }

    /**
     * Describes a {@code rows x cols} matrix at {@code offset} with strides {@code rowStride}
     * and {@code colStride} in {@code data}, or returns null if BLAS cannot read it in place.
     */
    static Operand of(double[] data, int offset, int rows, int cols, int rowStride, int colStride) {
      // netlib checks that offset + leading * (stored columns) fits the array, padding of the last column included.
      if ((colStride == 1 || cols == 1) && (rows == 1 || rowStride >= cols)) {
        int leading = rows == 1 ? Math.max(cols, 1) : rowStride;
        return offset + (long) leading * rows <= data.length ? new Operand(data, offset, leading, false) : null;
      }
      if ((rowStride == 1 || rows == 1) && (cols == 1 || colStride >= rows)) {
        int leading = cols == 1 ? Math.max(rows, 1) : colStride;
        return offset + (long) leading * cols <= data.length ? new Operand(data, offset, leading, true) : null;
      }
      return null;
    }

    /** Copies this {@code rows x cols} matrix into a fresh contiguous row-major operand. */
    Operand toRowMajor(int rows, int cols) {
      double[] copy = new double[rows * cols];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          copy[i * cols + j] = transpose ? data[offset + i + j * leading] : data[offset + i * leading + j];
        }
      }
      return rowMajor(copy, 0, cols);
    }

    /** Describes a contiguous row-major {@code rows x cols} matrix. */
    static Operand rowMajor(double[] data, int offset, int cols) {
      return new Operand(data, offset, Math.max(cols, 1), false);
    }
  }
}
