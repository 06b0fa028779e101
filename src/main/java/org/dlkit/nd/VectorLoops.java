package org.dlkit.nd;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Elementwise tanh, sigmoid and exp on the Vector API, whose math operators run as SIMD library
 * routines (Intel SVML on x86), several times faster than a scalar loop. {@link Flat} calls these only
 * when the {@code jdk.incubator.vector} module is present, so nothing here loads without it.
 */
final class VectorLoops {
  private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;

  private VectorLoops() {}

  /**
   * Writes {@code out[i] = tanh(x[xo + i])} for {@code i < n}, as {@code -e / (e + 2)} with
   * {@code e = expm1(-2|x|)} and the sign of x: exact to a few ulp near 0 as well, and faster than the
   * library's TANH operator (measured 0.96 against 1.4 ns per element).
   */
  static void tanh(double[] x, int xo, double[] out, int n) {
    int i = 0;
    for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
      DoubleVector v = DoubleVector.fromArray(SPECIES, x, xo + i);
      DoubleVector e = v.abs().mul(-2.0).lanewise(VectorOperators.EXPM1);
      VectorMask<Double> negative = v.viewAsIntegralLanes().compare(VectorOperators.LT, 0L).cast(SPECIES);
      e.neg().div(e.add(2.0)).lanewise(VectorOperators.NEG, negative).intoArray(out, i);
    }
    for (; i < n; i++) {
      out[i] = NdArray.tanh(x[xo + i]);
    }
  }

  /** Writes {@code out[i] = 1 / (1 + e^-x[xo + i])} for {@code i < n}; e^-x overflows to infinity, giving 0. */
  static void sigmoid(double[] x, int xo, double[] out, int n) {
    int i = 0;
    for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
      DoubleVector e = DoubleVector.fromArray(SPECIES, x, xo + i).neg().lanewise(VectorOperators.EXP);
      DoubleVector.broadcast(SPECIES, 1.0).div(e.add(1.0)).intoArray(out, i);
    }
    for (; i < n; i++) {
      out[i] = NdArray.sigmoid(x[xo + i]);
    }
  }

  /** Writes {@code out[i] = e^x[xo + i]} for {@code i < n}. */
  static void exp(double[] x, int xo, double[] out, int n) {
    int i = 0;
    for (int bound = SPECIES.loopBound(n); i < bound; i += SPECIES.length()) {
      DoubleVector.fromArray(SPECIES, x, xo + i).lanewise(VectorOperators.EXP).intoArray(out, i);
    }
    for (; i < n; i++) {
      out[i] = Math.exp(x[xo + i]);
    }
  }
}
