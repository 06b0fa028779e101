package org.dlkit.nd;

import java.util.Arrays;
import java.util.Random;

/**
 * An immutable n-dimensional array of doubles: storage, shape, strides and offset, with NumPy's
 * broadcasting, elementwise math, reductions over axes and matrix products through BLAS.
 *
 * <p>Every operation returns a new array; the input is never changed. Views (transpose, permute,
 * reshape of contiguous data, slicing and expand) share storage with their source and cost O(1).
 * The only code that writes into an existing array is {@link InPlace}, kept apart on purpose for
 * optimizers. The class is built in layers: {@code StridedArray} holds storage, access and views,
 * {@code ElementwiseArray} the elementwise math, and this class the factories, reductions and
 * products.
 *
 * <pre>{@code
 * NdArray w = NdArray.of(3, -2);
 * NdArray x = NdArray.of(-1, 2);
 * double z = 1 + x.dot(w).item();   // -6.0: the lecture's perceptron before its nonlinearity
 * }</pre>
 */
public final class NdArray extends ElementwiseArray {
  NdArray(double[] data, int[] shape, int[] strides, int offset) {
    super(data, shape, strides, offset);
  }

  @Override
  NdArray self() {
    return this;
  }

  // ---------------------------------------------------------------- factories

  /** Returns a 1-D array holding a copy of {@code values}. */
  public static NdArray of(double... values) {
    return wrap(values.clone(), new int[] {values.length});
  }

  /** Returns a 2-D array holding a copy of {@code rows}; every row must have the same length. */
  public static NdArray of(double[][] rows) {
    int cols = rows.length == 0 ? 0 : rows[0].length;
    double[] data = new double[rows.length * cols];
    for (int i = 0; i < rows.length; i++) {
      if (rows[i].length != cols) {
        throw new ShapeException(String.format(
            "of: row %d has %d values but row 0 has %d (all rows of a matrix need the same length)",
            i, rows[i].length, cols));
      }
      System.arraycopy(rows[i], 0, data, i * cols, cols);
    }
    return wrap(data, new int[] {rows.length, cols});
  }

  /** Returns an array of the given shape that holds a copy of {@code values} in row-major order. */
  public static NdArray of(double[] values, int... shape) {
    int[] s = shape.clone();
    if (Shapes.size(s) != values.length) {
      throw new ShapeException(String.format("of: %d values do not fill shape %s (%d elements)",
          values.length, ShapeException.format(s), Shapes.size(s)));
    }
    return wrap(values.clone(), s);
  }

  /** Returns a 0-dimensional array holding one value. */
  public static NdArray scalar(double value) {
    return wrap(new double[] {value}, Shapes.SCALAR);
  }

  /** Returns an array of zeros. */
  public static NdArray zeros(int... shape) {
    int[] s = shape.clone();
    return wrap(new double[Shapes.size(s)], s);
  }

  /** Returns an array of ones. */
  public static NdArray ones(int... shape) {
    return full(1.0, shape);
  }

  /** Returns an array with every element equal to {@code value}. */
  public static NdArray full(double value, int... shape) {
    int[] s = shape.clone();
    double[] data = new double[Shapes.size(s)];
    Arrays.fill(data, value);
    return wrap(data, s);
  }

  /** Returns {@code 0, 1, ..., n-1} as a 1-D array. */
  public static NdArray arange(int n) {
    return arange(0, n, 1);
  }

  /** Returns {@code start, start+step, ...} up to but excluding {@code stop}, like NumPy. */
  public static NdArray arange(double start, double stop, double step) {
    if (step == 0 || Double.isNaN(step)) {
      throw new IllegalArgumentException("arange: step must be non-zero, got " + step);
    }
    int n = (int) Math.max(0, Math.ceil((stop - start) / step));
    double[] data = new double[n];
    for (int i = 0; i < n; i++) {
      data[i] = start + i * step;
    }
    return wrap(data, new int[] {n});
  }

  /** Returns {@code n} evenly spaced values from {@code start} to {@code stop}, both included. */
  public static NdArray linspace(double start, double stop, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("linspace: n must be >= 0, got " + n);
    }
    double[] data = new double[n];
    double step = n > 1 ? (stop - start) / (n - 1) : 0;
    for (int i = 0; i < n; i++) {
      data[i] = start + i * step;
    }
    if (n > 1) {
      data[n - 1] = stop;
    }
    return wrap(data, new int[] {n});
  }

  /** Returns the {@code n x n} identity matrix. */
  public static NdArray eye(int n) {
    double[] data = new double[n * n];
    for (int i = 0; i < n; i++) {
      data[i * n + i] = 1.0;
    }
    return wrap(data, new int[] {n, n});
  }

  /** Returns uniform samples from [0, 1) drawn from {@code random}. */
  public static NdArray rand(Random random, int... shape) {
    return generate(random::nextDouble, shape);
  }

  /** Returns uniform samples from [0, 1); the same seed gives the same numbers. */
  public static NdArray rand(long seed, int... shape) {
    return rand(new Random(seed), shape);
  }

  /** Returns standard normal samples drawn from {@code random}. */
  public static NdArray randn(Random random, int... shape) {
    return generate(random::nextGaussian, shape);
  }

  /** Returns standard normal samples; the same seed gives the same numbers. */
  public static NdArray randn(long seed, int... shape) {
    return randn(new Random(seed), shape);
  }

  private static NdArray generate(java.util.function.DoubleSupplier next, int[] shape) {
    int[] s = shape.clone();
    double[] data = new double[Shapes.size(s)];
    for (int i = 0; i < data.length; i++) {
      data[i] = next.getAsDouble();
    }
    return wrap(data, s);
  }

  /** Returns {@code a} where {@code mask} is non-zero and {@code b} elsewhere, all three broadcast together. */
  public static NdArray where(NdArray mask, NdArray a, NdArray b) {
    int[] shape = Shapes.broadcast("where", Shapes.broadcast("where", mask.shape, a.shape), b.shape);
    double[] m = mask.expand(shape).toArray();
    double[] x = a.expand(shape).toArray();
    double[] y = b.expand(shape).toArray();
    for (int i = 0; i < m.length; i++) {
      m[i] = m[i] != 0 ? x[i] : y[i];
    }
    return wrap(m, shape);
  }

  // ---------------------------------------------------------------- reductions

  /** Returns the sum of all elements. */
  public double sum() {
    if (contiguous) {
      double s = 0;
      for (int i = offset, end = offset + size; i < end; i++) {
        s += data[i];
      }
      return s;
    }
    return Reductions.sum(this, new int[0], false).item();
  }

  /** Returns sums along the given axes (all axes if none are given), keeping them as size 1 if asked. */
  public NdArray sum(boolean keepDims, int... axes) {
    return Reductions.sum(this, axes, keepDims);
  }

  /** Returns sums along one axis. */
  public NdArray sum(int axis) {
    return Reductions.sum(this, new int[] {axis}, false);
  }

  /** Returns the mean of all elements. */
  public double mean() {
    return sum() / size;
  }

  /** Returns means along the given axes (all if none), keeping them as size 1 if asked. */
  public NdArray mean(boolean keepDims, int... axes) {
    return Reductions.mean(this, axes, keepDims);
  }

  /** Returns means along one axis. */
  public NdArray mean(int axis) {
    return mean(false, axis);
  }

  /** Returns the largest element (NaN if any element is NaN). */
  public double max() {
    return Reductions.max(this, new int[0], false).item();
  }

  /** Returns maxima along the given axes (all if none), keeping them as size 1 if asked. */
  public NdArray max(boolean keepDims, int... axes) {
    return Reductions.max(this, axes, keepDims);
  }

  /** Returns maxima along one axis. */
  public NdArray max(int axis) {
    return max(false, axis);
  }

  /** Returns the smallest element (NaN if any element is NaN). */
  public double min() {
    return Reductions.min(this);
  }

  /** Returns the row-major flat index of the largest element (the first one on ties). */
  public int argmax() {
    return (int) Reductions.argmax(flatten(), 0).item();
  }

  /** Returns the index of the largest element along {@code axis} (the first on ties), as doubles. */
  public NdArray argmax(int axis) {
    return Reductions.argmax(this, axis);
  }

  /** Returns {@code log(sum(exp(x)))} over all elements, computed without overflow. */
  public double logsumexp() {
    return Reductions.logsumexp(this, new int[0], false).item();
  }

  /** Returns {@code log(sum(exp(x)))} along the given axes, computed without overflow. */
  public NdArray logsumexp(boolean keepDims, int... axes) {
    return Reductions.logsumexp(this, axes, keepDims);
  }

  /**
   * Sums a broadcast array back down to {@code target} shape: the adjoint of {@link #expand}, used
   * to return gradients to the shape of a broadcast operand.
   */
  public NdArray sumTo(int... target) {
    return Reductions.sumTo(this, target);
  }

  // ---------------------------------------------------------------- products

  /**
   * Returns the matrix product: 2-D by 2-D, batched 3-D (a batch of 1 broadcasts), and 1-D
   * operands treated as a row or a column vector as in NumPy's {@code matmul}.
   */
  public NdArray matmul(NdArray other) {
    return MatMul.of(this, other);
  }

  /**
   * Returns {@code this.matmul(other).add(addend)} in one pass for 2-D operands (a dense layer's
   * {@code x W + b}): BLAS adds the product onto the broadcast addend. Other ranks compute it in two steps.
   */
  public NdArray matmulAdd(NdArray other, NdArray addend) {
    return MatMul.plus(this, other, addend);
  }

  /** Returns the inner product of two 1-D arrays of the same length as a 0-dimensional array. */
  public NdArray dot(NdArray other) {
    if (shape.length != 1 || other.shape.length != 1 || shape[0] != other.shape[0]) {
      throw new ShapeException(String.format("dot: needs two 1-D arrays of the same length, got %s and %s",
          ShapeException.format(shape), ShapeException.format(other.shape)));
    }
    double s = 0;
    for (int i = 0; i < shape[0]; i++) {
      s += data[offset + i * strides[0]] * other.data[other.offset + i * other.strides[0]];
    }
    return scalar(s);
  }

  // ---------------------------------------------------------------- comparison and printing

  /**
   * Returns true when both arrays broadcast together and {@code |a - b| <= atol + rtol * |b|} for
   * every pair, as NumPy's {@code allclose}; NaN is never close.
   */
  public boolean allClose(NdArray other, double rtol, double atol) {
    NdArray close = zip("allClose", other, (a, b) -> Math.abs(a - b) <= atol + rtol * Math.abs(b) ? 1 : 0);
    return close.sum() == close.size;
  }

  /** Returns true for another array with the same shape and exactly the same values. */
  @Override
  public boolean equals(Object o) {
    return o instanceof NdArray && Arrays.equals(shape, ((NdArray) o).shape)
        && Arrays.equals(toArray(), ((NdArray) o).toArray());
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(shape) + Arrays.hashCode(toArray());
  }

  /** Prints like NumPy: aligned columns, {@code ...} for big arrays, then the shape. */
  @Override
  public String toString() {
    return Printer.format(this);
  }

  /**
   * Prints like {@link #toString()} under another type name, with extra text after the shape;
   * for types that wrap an array, e.g. {@code Tensor([1., 2.], shape=[2], requiresGrad)}.
   */
  public String toString(String typeName, String trailer) {
    return Printer.format(this, typeName, trailer);
  }

}
