package org.dlkit.nd;

/**
 * Dedicated loops for the arithmetic that training runs most, on two contiguous arrays of one shape
 * or an array and a number. The shared lambda loops in {@link Kernels} make one megamorphic call per
 * element once many ops use them; these loops are plain arithmetic the JIT compiles tight, and tanh,
 * sigmoid and exp go through {@link VectorLoops} when the Vector API is there.
 */
final class Flat {
  /** True when the Vector API is loaded (dlkit's launcher, kernel and tests add it), for {@link VectorLoops}. */
  static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

  private Flat() {}

  static double[] add(double[] x, int xo, double[] y, int yo, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = x[xo + i] + y[yo + i];
    }
    return out;
  }

  static double[] sub(double[] x, int xo, double[] y, int yo, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = x[xo + i] - y[yo + i];
    }
    return out;
  }

  static double[] mul(double[] x, int xo, double[] y, int yo, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = x[xo + i] * y[yo + i];
    }
    return out;
  }

  static double[] div(double[] x, int xo, double[] y, int yo, int n) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = x[xo + i] / y[yo + i];
    }
    return out;
  }

  static double[] scale(double[] x, int xo, int n, double a) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = a * x[xo + i];
    }
    return out;
  }

  static double[] shift(double[] x, int xo, int n, double b) {
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = x[xo + i] + b;
    }
    return out;
  }

  static double[] tanh(double[] x, int xo, int n) {
    double[] out = new double[n];
    if (VECTOR) {
      VectorLoops.tanh(x, xo, out, n);
      return out;
    }
    for (int i = 0; i < n; i++) {
      out[i] = NdArray.tanh(x[xo + i]);
    }
    return out;
  }

  static double[] sigmoid(double[] x, int xo, int n) {
    double[] out = new double[n];
    if (VECTOR) {
      VectorLoops.sigmoid(x, xo, out, n);
      return out;
    }
    for (int i = 0; i < n; i++) {
      out[i] = NdArray.sigmoid(x[xo + i]);
    }
    return out;
  }

  static double[] exp(double[] x, int xo, int n) {
    double[] out = new double[n];
    if (VECTOR) {
      VectorLoops.exp(x, xo, out, n);
      return out;
    }
    for (int i = 0; i < n; i++) {
      out[i] = Math.exp(x[xo + i]);
    }
    return out;
  }
}
