package org.dlkit.nd;

import java.util.Arrays;

/**
 * The storage layer of {@link NdArray}: a buffer of doubles read through shape, strides and
 * offset, element access, and the views (reshape, transpose, permute, slice, expand, squeeze)
 * that share the buffer and cost O(1). Students meet all of it as methods of {@code NdArray}.
 */
abstract class StridedArray {
  final double[] data;
  final int[] shape;
  final int[] strides;
  final int offset;
  final int size;
  /** True when the elements are laid out row-major without gaps, starting at {@code offset}. */
  final boolean contiguous;

  StridedArray(double[] data, int[] shape, int[] strides, int offset) {
    this.data = data;
    this.shape = shape;
    this.strides = strides;
    this.offset = offset;
    this.size = Shapes.size(shape);
    this.contiguous = isRowMajor(shape, strides);
  }

  /** Wraps a fresh row-major buffer; the caller hands over ownership of {@code data}. */
  static NdArray wrap(double[] data, int[] shape) {
    return new NdArray(data, shape, Shapes.rowMajorStrides(shape), 0);
  }

  /** Returns this array as the public type. */
  abstract NdArray self();

  // ---------------------------------------------------------------- shape and access

  /** Returns a copy of the shape. */
  public int[] shape() {
    return shape.clone();
  }

  /** Returns the length of one axis; negative axes count from the end. */
  public int shape(int axis) {
    return shape[Shapes.axis("shape", axis, shape.length)];
  }

  /** Returns the number of dimensions. */
  public int ndim() {
    return shape.length;
  }

  /** Returns the number of elements. */
  public int size() {
    return size;
  }

  /** Returns true when the elements lie row-major and gap-free in storage (a fresh array, not a strided view). */
  public boolean isContiguous() {
    return contiguous;
  }

  /** Returns true when this array has exactly the given shape. */
  public boolean hasShape(int... expected) {
    return Arrays.equals(shape, expected);
  }

  /** Returns the element at the given index, one coordinate per axis (negative counts from the end). */
  public double get(int... index) {
    if (index.length != shape.length) {
      throw new IllegalArgumentException(String.format("get: index %s has %d coordinates but the array %s has %d axes",
          Arrays.toString(index), index.length, ShapeException.format(shape), shape.length));
    }
    int p = offset;
    for (int d = 0; d < index.length; d++) {
      int i = index[d] < 0 ? index[d] + shape[d] : index[d];
      if (i < 0 || i >= shape[d]) {
        throw new IndexOutOfBoundsException(String.format("get: index %d is out of range for axis %d of size %d in %s",
            index[d], d, shape[d], ShapeException.format(shape)));
      }
      p += i * strides[d];
    }
    return data[p];
  }

  /** Returns the only element of a one-element array. */
  public double item() {
    if (size != 1) {
      throw new ShapeException("item: only a one-element array has an item, this one has shape "
          + ShapeException.format(shape) + " (" + size + " elements); reduce it first, e.g. with sum()");
    }
    return data[offset];
  }

  /** Returns the elements as a fresh row-major {@code double[]}. */
  public double[] toArray() {
    return Kernels.copy(self());
  }

  /** Returns a 2-D array as fresh {@code double[rows][cols]}. */
  public double[][] toArray2d() {
    if (shape.length != 2) {
      throw new ShapeException("toArray2d: needs a 2-D array, got shape " + ShapeException.format(shape));
    }
    double[] flat = toArray();
    double[][] rows = new double[shape[0]][];
    for (int i = 0; i < shape[0]; i++) {
      rows[i] = Arrays.copyOfRange(flat, i * shape[1], (i + 1) * shape[1]);
    }
    return rows;
  }

  // ---------------------------------------------------------------- views

  /** Returns this array with a new shape; a view when the data are contiguous, one {@code -1} inferred. */
  public NdArray reshape(int... newShape) {
    int[] s = Shapes.inferReshape(shape, newShape);
    NdArray source = contiguous ? self() : contiguous();
    return new NdArray(source.data, s, Shapes.rowMajorStrides(s), source.offset);
  }

  /** Returns this array as 1-D. */
  public NdArray flatten() {
    return reshape(size);
  }

  /** Returns a view with the axes reversed; for a matrix, its transpose. */
  public NdArray transpose() {
    int[] order = new int[shape.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = order.length - 1 - i;
    }
    return permute(order);
  }

  /** Returns a view with two axes swapped. */
  public NdArray transpose(int axis1, int axis2) {
    int[] order = new int[shape.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int a = Shapes.axis("transpose", axis1, shape.length);
    int b = Shapes.axis("transpose", axis2, shape.length);
    order[a] = b;
    order[b] = a;
    return permute(order);
  }

  /** Returns a view whose axis {@code i} is this array's axis {@code order[i]}. */
  public NdArray permute(int... order) {
    if (order.length != shape.length) {
      throw new ShapeException("permute: order " + Arrays.toString(order) + " must name each of the "
          + shape.length + " axes of " + ShapeException.format(shape) + " once");
    }
    Shapes.axisMask("permute", order, shape.length); // rejects repeated axes
    int[] s = new int[order.length];
    int[] st = new int[order.length];
    for (int i = 0; i < order.length; i++) {
      int a = Shapes.axis("permute", order[i], shape.length);
      s[i] = shape[a];
      st[i] = strides[a];
    }
    return new NdArray(data, s, st, offset);
  }

  /** Returns a view of {@code start <= i < end} along one axis. */
  public NdArray slice(int axis, int start, int end) {
    int a = Shapes.axis("slice", axis, shape.length);
    int lo = start < 0 ? start + shape[a] : start;
    int hi = end < 0 ? end + shape[a] : end;
    if (lo < 0 || hi > shape[a] || lo > hi) {
      throw new IndexOutOfBoundsException(String.format("slice: range [%d, %d) does not fit axis %d of size %d in %s",
          start, end, axis, shape[a], ShapeException.format(shape)));
    }
    int[] s = shape.clone();
    s[a] = hi - lo;
    return new NdArray(data, s, strides, offset + lo * strides[a]);
  }

  /** Returns the sub-array at position {@code i} of axis 0 (one fewer dimension), as a view. */
  public NdArray row(int i) {
    if (shape.length == 0) {
      throw new ShapeException("row: a 0-dimensional array has no rows");
    }
    NdArray one = slice(0, i < 0 ? i + shape[0] : i, (i < 0 ? i + shape[0] : i) + 1);
    return new NdArray(data, Arrays.copyOfRange(shape, 1, shape.length),
        Arrays.copyOfRange(strides, 1, strides.length), one.offset);
  }

  /** Returns a view that repeats size-1 dimensions to {@code target} shape, NumPy's {@code broadcast_to}. */
  public NdArray expand(int... target) {
    if (Arrays.equals(shape, target)) {
      return self();
    }
    int[] s = Shapes.broadcast("expand", shape, target);
    if (!Arrays.equals(s, target)) {
      throw new ShapeException(String.format(
          "expand: cannot expand %s to %s (only dimensions of size 1 can grow, and only leading ones can be added)",
          ShapeException.format(shape), ShapeException.format(target)));
    }
    return new NdArray(data, target.clone(), Shapes.broadcastStrides(shape, strides, target), offset);
  }

  /** Returns a view with a size-1 axis inserted at {@code axis}. */
  public NdArray unsqueeze(int axis) {
    int a = Shapes.axis("unsqueeze", axis, shape.length + 1);
    int[] s = new int[shape.length + 1];
    int[] st = new int[shape.length + 1];
    for (int i = 0, j = 0; i < s.length; i++) {
      if (i == a) {
        s[i] = 1;
        st[i] = 0;
      } else {
        s[i] = shape[j];
        st[i] = strides[j++];
      }
    }
    return new NdArray(data, s, st, offset);
  }

  /** Returns a view without the size-1 axis {@code axis}. */
  public NdArray squeeze(int axis) {
    int a = Shapes.axis("squeeze", axis, shape.length);
    if (shape[a] != 1) {
      throw new ShapeException("squeeze: axis " + axis + " of " + ShapeException.format(shape) + " has size "
          + shape[a] + ", only size-1 axes can be removed");
    }
    int[] s = new int[shape.length - 1];
    int[] st = new int[shape.length - 1];
    for (int i = 0, j = 0; i < shape.length; i++) {
      if (i != a) {
        s[j] = shape[i];
        st[j++] = strides[i];
      }
    }
    return new NdArray(data, s, st, offset);
  }

  /** Returns a contiguous row-major copy, or this array when it already is one. */
  public NdArray contiguous() {
    return contiguous ? self() : wrap(Kernels.copy(self()), shape);
  }

  /** Returns a copy that shares no storage with this array. */
  public NdArray copy() {
    return wrap(Kernels.copy(self()), shape);
  }

  /** Returns true when both arrays are contiguous with the same shape, so a flat loop pairs them up. */
  boolean sameLayout(StridedArray other) {
    return contiguous && other.contiguous && Arrays.equals(shape, other.shape);
  }

  private static boolean isRowMajor(int[] shape, int[] strides) {
    int expected = 1;
    for (int i = shape.length - 1; i >= 0; i--) {
      if (shape[i] != 1 && strides[i] != expected) {
        return false;
      }
      expected *= shape[i];
    }
    return true;
  }
}
