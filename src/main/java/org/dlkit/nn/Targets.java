package org.dlkit.nn;

import java.util.Arrays;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;

/** Matches 1-D batch targets to a loss's output shape, and reads class labels out of them. */
final class Targets {
  private Targets() {}

  /** Returns targets [n] reshaped to the output's [n, 1] (or left as [n]); any other mismatch is an error. */
  static NdArray shapedLike(Tensor output, NdArray targets, String loss) {
    int[] shape = output.shape();
    boolean column = shape.length == 2 && shape[1] == 1;
    if (targets.ndim() == 1 && targets.size() == shape[0] && (column || shape.length == 1)) {
      return column ? targets.reshape(shape[0], 1) : targets;
    }
    if (Arrays.equals(targets.shape(), shape)) {
      return targets;
    }
    throw new ShapeException(String.format("%s: output %s and targets %s do not match (one output column per"
        + " example is expected here; for several classes use CrossEntropy)", loss,
        ShapeException.format(shape), ShapeException.format(targets.shape())));
  }

  /** Returns targets as class indices. */
  static int[] labels(NdArray targets) {
    double[] values = targets.toArray();
    int[] labels = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      labels[i] = (int) values[i];
      if (labels[i] != values[i]) {
        throw new IllegalArgumentException("CrossEntropy: target " + values[i] + " of example " + i
            + " is not a class index (0, 1, 2, ...)");
      }
    }
    return labels;
  }

  /** Returns 1 where a single output column is at or above the threshold, else 0. */
  static int[] threshold(NdArray output, double threshold) {
    double[] values = output.toArray();
    int[] classes = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      classes[i] = values[i] >= threshold ? 1 : 0;
    }
    return classes;
  }
}
