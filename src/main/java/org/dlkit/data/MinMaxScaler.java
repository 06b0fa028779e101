package org.dlkit.data;

import org.dlkit.nd.NdArray;

/**
 * Maps each feature column to [0, 1]: {@code (x - min) / range}, with {@code range = max - min} fitted on
 * a training set. Other sets may fall outside [0, 1] where they exceed the training range.
 *
 * <p>A constant column has range 0; its range is then 1, so it maps to 0 instead of dividing by zero.
 *
 * @param min the smallest value of each column, shape [features]
 * @param range the divisor of each column (max - min, or 1 for a constant column), all > 0
 */
public record MinMaxScaler(NdArray min, NdArray range) implements ShiftAndDivide {
  /** Checks that min and range are 1-D, equally long, and that every range is finite and positive. */
  public MinMaxScaler {
    ScalerParameters.check("MinMaxScaler", "min", min, "range", range);
  }

  /** Returns a scaler fitted on {@code x} ([examples, features]): the column minima and ranges. */
  public static MinMaxScaler fit(NdArray x) {
    ScalerParameters.checkFitInput("MinMaxScaler.fit", x);
    NdArray min = x.neg().max(false, 0).neg();
    return new MinMaxScaler(min, ScalerParameters.divisors(x.max(false, 0).sub(min), min));
  }

  @Override
  public NdArray shift() {
    return min;
  }

  @Override
  public NdArray divisor() {
    return range;
  }
}
