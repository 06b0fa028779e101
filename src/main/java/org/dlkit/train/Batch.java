package org.dlkit.train;

import org.dlkit.nd.NdArray;

/** One mini-batch: features [b, d], 1-D targets [b], and which examples of the dataset they are. */
public record Batch(NdArray features, NdArray targets, int[] indices) {
  /** Returns the number of examples in the batch. */
  public int size() {
    return indices.length;
  }
}
