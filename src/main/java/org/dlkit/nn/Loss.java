package org.dlkit.nn;

import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;

/** A loss function J: how far a batch of model outputs is from its targets, averaged over the batch. */
public interface Loss {
  /**
   * Returns the mean loss as a 0-dimensional tensor ready for {@code backward()}. Targets are 1-D,
   * one per example: class indices for classification, values for regression.
   */
  Tensor compute(Tensor output, NdArray targets);

  /** Returns the class each output row predicts, or null when this loss is for regression. */
  int[] predictedClasses(NdArray output);
}
