package org.dlkit.nd;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;

/** Reductions over all elements or chosen axes: sum, mean, max, argmax, logsumexp and sum-to-shape. */
final class Reductions {
  private Reductions() {}

  static NdArray sum(NdArray x, int[] axes, boolean keepDims) {
    boolean[] mask = Shapes.axisMask("sum", axes, x.ndim());
    NdArray kept = sum(x, mask);
    return keepDims ? kept : NdArray.wrap(kept.data, Shapes.reduced(x.shape, mask, false));
  }

  /** Sums the masked axes down to size 1, with a plain loop when they lead a contiguous array (bias gradients). */
  private static NdArray sum(NdArray x, boolean[] mask) {
    int lead = 0;
    while (lead < mask.length && mask[lead]) {
      lead++;
    }
    for (int i = lead; i < mask.length; i++) {
      if (mask[i]) {
        return reduce(x, mask, 0.0, Double::sum);
      }
    }
    if (!x.contiguous) {
      return reduce(x, mask, 0.0, Double::sum);
    }
    int columns = 1;
    for (int i = lead; i < mask.length; i++) {
      columns *= x.shape[i];
    }
    return NdArray.wrap(sumRows(x.data, x.offset, x.size, columns), Shapes.reduced(x.shape, mask, true));
  }

  /** Returns the sum of the rows of the {@code n / columns} by {@code columns} matrix at {@code offset}. */
  private static double[] sumRows(double[] data, int offset, int n, int columns) {
    double[] out = new double[columns];
    for (int start = offset; start < offset + n; start += columns) {
      for (int j = 0; j < columns; j++) {
        out[j] += data[start + j];
      }
    }
    return out;
  }

  static NdArray mean(NdArray x, int[] axes, boolean keepDims) {
    NdArray total = sum(x, axes, keepDims);
    int count = total.size == 0 ? 0 : x.size / Math.max(total.size, 1);
    return total.div(count);
  }

  static NdArray max(NdArray x, int[] axes, boolean keepDims) {
    if (x.size == 0) {
      throw new ShapeException("max: the array " + ShapeException.format(x.shape) + " is empty and has no maximum");
    }
    return fold("max", x, axes, keepDims, Double.NEGATIVE_INFINITY,
        (m, v) -> v > m || Double.isNaN(v) ? v : m);
  }

  static double min(NdArray x) {
    if (x.size == 0) {
      throw new ShapeException("min: the array " + ShapeException.format(x.shape) + " is empty and has no minimum");
    }
    return fold("min", x, new int[0], false, Double.POSITIVE_INFINITY,
        (m, v) -> v < m || Double.isNaN(v) ? v : m).item();
  }

  /** Returns {@code log(sum(exp(x)))}, shifting by the maximum so that no exponential overflows. */
  static NdArray logsumexp(NdArray x, int[] axes, boolean keepDims) {
    NdArray shift = max(x, axes, true).map(m -> Double.isInfinite(m) ? 0 : m);
    NdArray result = sum(x.sub(shift).exp(), axes, true).log().add(shift);
    return keepDims ? result : result.reshape(Shapes.reduced(x.shape, Shapes.axisMask("logsumexp", axes, x.ndim()), false));
  }

  static NdArray argmax(NdArray x, int axis) {
    int a = Shapes.axis("argmax", axis, x.ndim());
    if (x.shape[a] == 0) {
      throw new ShapeException("argmax: axis " + axis + " of " + ShapeException.format(x.shape) + " is empty");
    }
    // Move the axis last, so each output cell scans one contiguous run.
    int[] order = new int[x.ndim()];
    for (int i = 0, j = 0; i < order.length; i++) {
      if (i != a) {
        order[j++] = i;
      }
    }
    order[order.length - 1] = a;
    double[] rows = x.permute(order).toArray();
    int n = x.shape[a];
    double[] out = new double[rows.length / n];
    for (int r = 0; r < out.length; r++) {
      int best = 0;
      for (int j = 1; j < n; j++) {
        if (rows[r * n + j] > rows[r * n + best]) {
          best = j;
        }
      }
      out[r] = best;
    }
    boolean[] mask = new boolean[x.ndim()];
    mask[a] = true;
    return NdArray.wrap(out, Shapes.reduced(x.shape, mask, false));
  }

  /** Sums the dimensions that broadcasting added or stretched, so the result has {@code target} shape. */
  static NdArray sumTo(NdArray x, int[] target) {
    if (Arrays.equals(x.shape, target)) {
      return x;
    }
    int lead = x.ndim() - target.length;
    if (lead < 0) {
      throw sumToError(x, target);
    }
    boolean[] mask = new boolean[x.ndim()];
    for (int i = 0; i < x.ndim(); i++) {
      if (i < lead) {
        mask[i] = true;
      } else if (target[i - lead] == 1 && x.shape[i] != 1) {
        mask[i] = true;
      } else if (target[i - lead] != x.shape[i]) {
        throw sumToError(x, target);
      }
    }
    NdArray kept = sum(x, mask);
    return NdArray.wrap(kept.data, target.clone());
  }

  private static ShapeException sumToError(NdArray x, int[] target) {
    return new ShapeException(String.format(
        "sumTo: cannot sum %s down to %s (the target must be a shape that broadcasts to the source)",
        ShapeException.format(x.shape), ShapeException.format(target)));
  }

  private static NdArray fold(String op, NdArray x, int[] axes, boolean keepDims, double init,
      DoubleBinaryOperator f) {
    boolean[] mask = Shapes.axisMask(op, axes, x.ndim());
    NdArray kept = reduce(x, mask, init, f);
    return keepDims ? kept : NdArray.wrap(kept.data, Shapes.reduced(x.shape, mask, false));
  }

  /** Reduces the masked axes to size 1 with {@code f}, starting every output cell at {@code init}. */
  private static NdArray reduce(NdArray x, boolean[] mask, double init, DoubleBinaryOperator f) {
    int[] keptShape = Shapes.reduced(x.shape, mask, true);
    int[] outStrides = Shapes.rowMajorStrides(keptShape);
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        outStrides[i] = 0;
      }
    }
    double[] out = new double[Shapes.size(keptShape)];
    if (init != 0) {
      Arrays.fill(out, init);
    }
    Kernels.reduceInto(x, outStrides, out, f);
    return NdArray.wrap(out, keptShape);
  }
}
