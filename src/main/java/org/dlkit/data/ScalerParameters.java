package org.dlkit.data;

import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;

/** Validates the inputs and fitted parameters of the scalers, and decides when a column counts as constant. */
final class ScalerParameters {
  private ScalerParameters() {}

  /** Returns true when a spread (standard deviation or range) is rounding noise around {@code center}. */
  static boolean isConstant(double spread, double center) {
    return spread <= 1e-12 * Math.max(1, Math.abs(center));
  }

  /** Throws unless {@code shift} and {@code divisor} are 1-D, equally long, and every divisor is finite and > 0. */
  static void check(String scaler, String shiftName, NdArray shift, String divisorName, NdArray divisor) {
    if (shift.ndim() != 1 || divisor.ndim() != 1 || shift.size() != divisor.size()) {
      throw new ShapeException(String.format("%s: %s and %s need one value per feature (1-D, equally long), got %s"
          + " and %s", scaler, shiftName, divisorName, ShapeException.format(shift.shape()),
          ShapeException.format(divisor.shape())));
    }
    double[] d = divisor.toArray();
    for (int j = 0; j < d.length; j++) {
      if (!(d[j] > 0) || Double.isInfinite(d[j])) {
        throw new IllegalArgumentException(String.format("%s: %s of feature %d must be finite and > 0, got %s"
            + " (fit the scaler with %s.fit(features), which uses 1 for constant columns)",
            scaler, divisorName, j, d[j], scaler));
      }
    }
  }

  /** Throws unless {@code x} is a non-empty [examples, features] matrix to fit on. */
  static void checkFitInput(String op, NdArray x) {
    if (x.ndim() != 2 || x.shape(0) == 0) {
      throw new ShapeException(op + ": needs the training features as a non-empty matrix [examples, features],"
          + " got " + ShapeException.format(x.shape()));
    }
  }

  /** Throws unless {@code x} is [examples, featureCount], the width the scaler was fitted on. */
  static void checkFits(String op, int featureCount, NdArray x) {
    if (x.ndim() != 2 || x.shape(1) != featureCount) {
      throw new ShapeException(String.format("%s: fitted on %d features, so it needs [examples, %d], got %s",
          op, featureCount, featureCount, ShapeException.format(x.shape())));
    }
  }

  /** Returns the spread of each column as its divisor, with 1 for a constant column so it maps to 0. */
  static NdArray divisors(NdArray spread, NdArray center) {
    double[] d = spread.toArray();
    double[] c = center.toArray();
    for (int j = 0; j < d.length; j++) {
      d[j] = isConstant(d[j], c[j]) ? 1 : d[j];
    }
    return NdArray.of(d);
  }

  /** Returns {@code (x - shift) / divisor} column by column, after checking x has the fitted width. */
  static NdArray shiftAndDivide(String op, NdArray shift, NdArray divisor, NdArray x) {
    checkFits(op, shift.size(), x);
    return x.sub(shift).div(divisor);
  }

  /** Returns {@code x * divisor + shift} column by column: the inverse of {@link #shiftAndDivide}. */
  static NdArray multiplyAndShift(String op, NdArray shift, NdArray divisor, NdArray x) {
    checkFits(op, shift.size(), x);
    return x.mul(divisor).add(shift);
  }
}
