package org.dlkit.dl4j;

import org.dlkit.nd.NdArray;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Copies dlkit arrays and class labels into ND4J arrays of a chosen data type. Every method copies, so
 * call them while setting up, never inside a timed region.
 */
public final class Dl4jArrays {
  private Dl4jArrays() {}

  /** Returns a copy of {@code array} as an INDArray of the same shape in {@code type}. */
  public static INDArray of(NdArray array, DataType type) {
    long[] shape = new long[array.ndim()];
    for (int axis = 0; axis < shape.length; axis++) {
      shape[axis] = array.shape(axis);
    }
    return Nd4j.create(array.toArray(), shape, type);
  }

  /** Returns the targets as an [n, 1] column, the shape of a one-output network's labels. */
  public static INDArray column(NdArray targets, DataType type) {
    return Nd4j.create(targets.toArray(), new long[] {targets.size(), 1}, type);
  }

  /** Returns one one-hot row per chosen example: row i has a 1 in column {@code labels[rows[i]]}. */
  public static INDArray oneHot(int[] labels, int[] rows, int classes, DataType type) {
    double[] values = new double[rows.length * classes];
    for (int i = 0; i < rows.length; i++) {
      int label = labels[rows[i]];
      if (label < 0 || label >= classes) {
        throw new IllegalArgumentException(String.format("oneHot: label %d of example %d is not in 0..%d",
            label, rows[i], classes - 1));
      }
      values[i * classes + label] = 1;
    }
    return Nd4j.create(values, new long[] {rows.length, classes}, type);
  }
}
