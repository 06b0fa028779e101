package org.dlkit.autograd;

import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.dlkit.nd.NdArray;

/**
 * Checks analytic gradients against central finite differences in double precision. For each
 * input element it compares {@code backward()}'s gradient with the fourth-order central difference
 * {@code (8(f(x+h) - f(x-h)) - (f(x+2h) - f(x-2h))) / 12h}, h = 1e-3, whose error is far below
 * the plain two-point formula's, and reports the CS231n relative error {@code |a - n| / max(1e-8, |a| + |n|)}; the worst element is
 * named with its function, input, index and both values.
 *
 * <p>A function with a non-scalar output is checked through {@code sum(f(x) * r)} for a fixed
 * random {@code r}, so that every output element counts.
 *
 * <pre>{@code
 * GradCheck.check("sigmoid", in -> in[0].sigmoid(), NdArray.randn(1, 3, 4)).assertBelow(1e-7);
 * }</pre>
 */
public final class GradCheck {
  private static final double STEP = 1e-3;

  private GradCheck() {}

  /** Compares analytic and numeric gradients of {@code f} with respect to every input. */
  public static Report check(String name, Function<Tensor[], Tensor> f, NdArray... inputs) {
    Tensor[] params = new Tensor[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      params[i] = Tensor.param(inputs[i].copy());
    }
    Tensor out = f.apply(params);
    NdArray weights = out.data().size() == 1 ? null : NdArray.rand(new Random(7), out.shape()).add(0.5);
    Tensor objective = weights == null ? out.sum() : out.mul(Tensor.of(weights)).sum();
    objective.backward();

    Report worst = new Report(name, -1, new int[0], 0, 0, 0);
    for (int i = 0; i < inputs.length; i++) {
      double[] x = inputs[i].toArray();
      double[] analytic = params[i].grad().toArray();
      for (int j = 0; j < x.length; j++) {
        double near = objective(f, inputs, i, x, j, STEP, weights) - objective(f, inputs, i, x, j, -STEP, weights);
        double far = objective(f, inputs, i, x, j, 2 * STEP, weights) - objective(f, inputs, i, x, j, -2 * STEP, weights);
        double numeric = (8 * near - far) / (12 * STEP);
        double error = Math.abs(analytic[j] - numeric) / Math.max(1e-8, Math.abs(analytic[j]) + Math.abs(numeric));
        if (worst.input < 0 || !(error <= worst.relativeError)) { // NaN counts as worst
          worst = new Report(name, i, unravel(j, inputs[i].shape()), analytic[j], numeric, error);
        }
      }
    }
    return worst;
  }

  private static double objective(Function<Tensor[], Tensor> f, NdArray[] inputs, int which, double[] x, int j,
      double step, NdArray weights) {
    double[] moved = x.clone();
    moved[j] += step;
    Tensor[] args = new Tensor[inputs.length];
    for (int i = 0; i < inputs.length; i++) {
      args[i] = Tensor.of(i == which ? NdArray.of(moved, inputs[i].shape()) : inputs[i]);
    }
    try (NoGrad scope = Tensor.noGrad()) {
      NdArray out = f.apply(args).data();
      return weights == null ? out.sum() : out.mul(weights).sum();
    }
  }

  private static int[] unravel(int flat, int[] shape) {
    int[] index = new int[shape.length];
    for (int d = shape.length - 1; d >= 0; d--) {
      index[d] = flat % shape[d];
      flat /= shape[d];
    }
    return index;
  }

  /** The element with the largest relative error: where it is, both gradients, and the error. */
  public static final class Report {
    private final String function;
    private final int input;
    private final int[] index;
    private final double analytic;
    private final double numeric;
    private final double relativeError;

    Report(String function, int input, int[] index, double analytic, double numeric, double relativeError) {
      this.function = function;
      this.input = input;
      this.index = index;
      this.analytic = analytic;
      this.numeric = numeric;
      this.relativeError = relativeError;
    }

    /** Returns the largest relative error over all input elements. */
    public double maxRelativeError() {
      return relativeError;
    }

    /** Returns this report if the largest relative error is below {@code tolerance}, else throws an AssertionError naming the element. */
    public Report assertBelow(double tolerance) {
      if (!(relativeError < tolerance)) {
        throw new AssertionError(this + " exceeds tolerance " + tolerance);
      }
      return this;
    }

    @Override
    public String toString() {
      return String.format("GradCheck %s: input %d index %s: analytic %.10g vs numeric %.10g, relative error %.3g",
          function, input, Arrays.toString(index), analytic, numeric, relativeError);
    }
  }
}
