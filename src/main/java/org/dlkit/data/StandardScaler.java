package org.dlkit.data;

import org.dlkit.nd.NdArray;

/**
 * Standardizes each feature column: {@code z = (x - mean) / scale}, with the mean and the population
 * standard deviation (divide by n, as scikit-learn) fitted on a training set.
 *
 * <p>A constant column has standard deviation 0; its scale is then 1, so it maps to 0 instead of dividing
 * by zero (scikit-learn makes the same choice).
 *
 * @param mean the mean of each column, shape [features]
 * @param scale the divisor of each column (its standard deviation, or 1 for a constant column), all > 0
 */
public record StandardScaler(NdArray mean, NdArray scale) implements ShiftAndDivide {
  /** Checks that mean and scale are 1-D, equally long, and that every scale is finite and positive. */
  public StandardScaler {
    ScalerParameters.check("StandardScaler", "mean", mean, "scale", scale);
  }

  /** Returns a scaler fitted on {@code x} ([examples, features]): the column means and standard deviations. */
  public static StandardScaler fit(NdArray x) {
    ScalerParameters.checkFitInput("StandardScaler.fit", x);
    NdArray mean = x.mean(false, 0);
    NdArray std = x.sub(mean).pow(2).mean(false, 0).sqrt();
    return new StandardScaler(mean, ScalerParameters.divisors(std, mean));
  }

  @Override
  public NdArray shift() {
    return mean;
  }

  @Override
  public NdArray divisor() {
    return scale;
  }
}
