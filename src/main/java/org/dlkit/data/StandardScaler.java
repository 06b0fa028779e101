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
public record StandardScaler(NdArray mean, NdArray scale) implements Scaler {
  /** Checks that mean and scale are 1-D, equally long, and that every scale is finite and positive. */
  public StandardScaler {
    ScalerParameters.check("StandardScaler", "mean", mean, "scale", scale);
  }

  /** Returns a scaler fitted on {@code x} ([examples, features]): the column means and standard deviations. */
  public static StandardScaler fit(NdArray x) {
    ScalerParameters.checkFitInput("StandardScaler.fit", x);
    NdArray mean = x.mean(false, 0);
    NdArray std = x.sub(mean).pow(2).mean(false, 0).sqrt();
    double[] m = mean.toArray();
    double[] s = std.toArray();
    for (int j = 0; j < s.length; j++) {
      s[j] = ScalerParameters.isConstant(s[j], m[j]) ? 1 : s[j];
    }
    return new StandardScaler(mean, NdArray.of(s));
  }

  @Override
  public NdArray transform(NdArray x) {
    ScalerParameters.checkFits("StandardScaler.transform", featureCount(), x);
    return x.sub(mean).div(scale);
  }

  @Override
  public NdArray inverseTransform(NdArray x) {
    ScalerParameters.checkFits("StandardScaler.inverseTransform", featureCount(), x);
    return x.mul(scale).add(mean);
  }

  @Override
  public int featureCount() {
    return mean.size();
  }
}
