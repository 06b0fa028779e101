package org.dlkit.plot;

import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;

/**
 * The class a model predicts at each grid point and how sure it is, read from its outputs.
 *
 * <p>One output column is a binary model: values all in [0, 1] are read as the probability of
 * class 1, anything else as logits and passed through the sigmoid. k ≥ 2 columns are a k-class
 * model: rows that are already probabilities (in [0, 1], summing to 1) are used as they are, other
 * rows as logits through softmax. The predicted class is the most probable one; confidence runs
 * from 0 (a tie) to 1 (certain).
 *
 * @param classes the predicted class of each point
 * @param confidence how sure the prediction is, in [0, 1]
 */
record ClassMap(int[] classes, double[] confidence) {

  /** Reads {@code outputs} ([m], [m, 1] or [m, k]) for a set of {@code classCount} classes. */
  static ClassMap of(NdArray outputs, int points, int classCount, String datasetName) {
    int columns = outputs.ndim() == 1 ? 1 : outputs.ndim() == 2 ? outputs.shape(1) : -1;
    if (columns < 1 || outputs.shape(0) != points) {
      throw new ShapeException(String.format(
          "decisionBoundary: for %d grid points the model must return [%d, 1] or [%d, k] outputs, got %s",
          points, points, points, ShapeException.format(outputs.shape())));
    }
    if (columns == 1 ? classCount > 2 : columns != classCount) {
      throw new IllegalArgumentException(String.format(
          "decisionBoundary: the model gives %d output%s per example but \"%s\" has %d classes; "
              + "a binary model gives 1 output (the probability or logit of class 1), a k-class model k outputs",
          columns, columns == 1 ? "" : "s", datasetName, classCount));
    }
    double[] values = outputs.toArray();
    return columns == 1 ? binary(values) : multiClass(values, columns);
  }

  private static ClassMap binary(double[] values) {
    boolean probabilities = allIn01(values);
    int[] classes = new int[values.length];
    double[] confidence = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      double p = probabilities ? values[i] : NdArray.sigmoid(values[i]);
      classes[i] = p >= 0.5 ? 1 : 0;
      confidence[i] = Double.isNaN(p) ? 0 : Math.abs(2 * p - 1);
    }
    return new ClassMap(classes, confidence);
  }

  private static ClassMap multiClass(double[] values, int k) {
    int m = values.length / k;
    int[] classes = new int[m];
    double[] confidence = new double[m];
    for (int i = 0; i < m; i++) {
      double[] p = new double[k];
      System.arraycopy(values, i * k, p, 0, k);
      if (!isDistribution(p)) {
        softmax(p);
      }
      int best = 0;
      for (int j = 1; j < k; j++) {
        if (p[j] > p[best]) {
          best = j;
        }
      }
      classes[i] = best;
      double chance = 1.0 / k;
      confidence[i] = Double.isNaN(p[best]) ? 0 : Math.max(0, (p[best] - chance) / (1 - chance));
    }
    return new ClassMap(classes, confidence);
  }

  private static boolean allIn01(double[] values) {
    for (double v : values) {
      if (!(v >= 0 && v <= 1)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDistribution(double[] p) {
    double sum = 0;
    for (double v : p) {
      sum += v;
    }
    return allIn01(p) && Math.abs(sum - 1) < 1e-6;
  }

  private static void softmax(double[] z) {
    double max = Double.NEGATIVE_INFINITY;
    for (double v : z) {
      max = Math.max(max, v);
    }
    double sum = 0;
    for (int j = 0; j < z.length; j++) {
      z[j] = Math.exp(z[j] - max);
      sum += z[j];
    }
    for (int j = 0; j < z.length; j++) {
      z[j] /= sum;
    }
  }
}
