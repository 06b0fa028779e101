package org.dlkit.nn;

/** Classification metrics over predicted and true class indices. */
public final class Metrics {
  private Metrics() {}

  /** Returns the fraction of examples whose predicted class equals the true one. */
  public static double accuracy(int[] predicted, int[] labels) {
    requireSameLength(predicted, labels);
    int correct = 0;
    for (int i = 0; i < labels.length; i++) {
      correct += predicted[i] == labels[i] ? 1 : 0;
    }
    return labels.length == 0 ? Double.NaN : (double) correct / labels.length;
  }

  /** Returns counts[true class][predicted class] for classes 0..classes-1. */
  public static int[][] confusionMatrix(int[] predicted, int[] labels, int classes) {
    requireSameLength(predicted, labels);
    int[][] counts = new int[classes][classes];
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= classes || predicted[i] < 0 || predicted[i] >= classes) {
        throw new IllegalArgumentException(String.format(
            "confusionMatrix: example %d has label %d and prediction %d, but classes are 0..%d",
            i, labels[i], predicted[i], classes - 1));
      }
      counts[labels[i]][predicted[i]]++;
    }
    return counts;
  }

  private static void requireSameLength(int[] predicted, int[] labels) {
    if (predicted.length != labels.length) {
      throw new IllegalArgumentException("metrics: " + predicted.length + " predictions for " + labels.length
          + " labels; give one prediction per example");
    }
  }
}
