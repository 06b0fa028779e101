package org.dlkit.data;

import org.dlkit.nd.NdArray;

/**
 * A {@link Scaler} of the form {@code (x - shift) / divisor}, column by column: the shape that
 * {@link MinMaxScaler} and {@link StandardScaler} share. Implementations name the two statistics.
 */
interface ShiftAndDivide extends Scaler {
  /** Returns what is subtracted from each column, shape [features]. */
  NdArray shift();

  /** Returns what each shifted column is divided by, shape [features], all &gt; 0. */
  NdArray divisor();

  @Override
  default NdArray transform(NdArray x) {
    return ScalerParameters.shiftAndDivide(getClass().getSimpleName() + ".transform", shift(), divisor(), x);
  }

  @Override
  default NdArray inverseTransform(NdArray x) {
    return ScalerParameters.multiplyAndShift(getClass().getSimpleName() + ".inverseTransform", shift(), divisor(), x);
  }

  @Override
  default int featureCount() {
    return shift().size();
  }
}
