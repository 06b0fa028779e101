package org.dlkit.data;

import org.dlkit.nd.NdArray;

/**
 * Rescales feature columns with statistics fitted on a training set, and applies the same rescaling to any
 * other set. Implementations are immutable.
 *
 * <pre>{@code
 * StandardScaler scaler = StandardScaler.fit(split.train().features());   // fit on train only
 * Dataset test = split.test().scaled(scaler);                              // apply to test
 * }</pre>
 */
public interface Scaler {
  /** Returns {@code x} ([examples, features]) rescaled column by column; {@code x} is not changed. */
  NdArray transform(NdArray x);

  /** Returns {@code x} mapped back to the original units: {@code inverseTransform(transform(x))} equals x. */
  NdArray inverseTransform(NdArray x);

  /** Returns the number of feature columns this scaler was fitted on. */
  int featureCount();
}
