package org.dlkit.autograd;

import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;

/**
 * Loss functions fused into one graph step each, with a hand-written backward that stays finite
 * for extreme inputs (logits of ±1000 included). Each returns the mean over the examples as a
 * 0-dimensional tensor, ready for {@link Tensor#backward()}.
 */
public final class Losses {
  private Losses() {}

  /** Returns the mean squared error {@code mean((prediction - target)²)}; both must have the same shape. */
  public static Tensor mse(Tensor prediction, Tensor target) {
    sameShape("mse", prediction, target);
    return Mse.apply(prediction, target);
  }

  /**
   * Returns binary cross-entropy on probabilities, {@code mean(-y log p - (1-y) log(1-p))}, with p kept
   * within [epsilon, 1 - epsilon] so that the logs stay finite (the gradient is 0 where that cuts p off).
   * Targets are probabilities in [0, 1], usually the labels 0 and 1, in the probabilities' shape.
   */
  public static Tensor bce(Tensor probabilities, Tensor targets, double epsilon) {
    sameShape("bce", probabilities, targets);
    if (!(epsilon >= 0 && epsilon < 0.5)) {
      throw new IllegalArgumentException("bce: epsilon must be in [0, 0.5), got " + epsilon);
    }
    return Bce.apply(probabilities, targets, epsilon);
  }

  /**
   * Returns binary cross-entropy on logits, {@code mean(-y log σ(x) - (1-y) log(1-σ(x)))},
   * computed as {@code max(x,0) - x y + log(1 + e^-|x|)} so that no exponential overflows.
   * Targets are probabilities in [0, 1], usually the labels 0 and 1, in the logits' shape.
   */
  public static Tensor bceWithLogits(Tensor logits, Tensor targets) {
    sameShape("bceWithLogits", logits, targets);
    return BceWithLogits.apply(logits, targets);
  }

  /**
   * Returns softmax cross-entropy {@code mean(logsumexp(x_i) - x_i[label_i])} for logits of shape
   * [examples, classes] and one integer class label per example.
   */
  public static Tensor crossEntropy(Tensor logits, int[] labels) {
    int[] shape = logits.shape();
    if (shape.length != 2 || shape[0] != labels.length) {
      throw new ShapeException(String.format(
          "crossEntropy: logits %s need shape [examples, classes] with one label per example, got %d labels",
          ShapeException.format(shape), labels.length));
    }
    for (int i = 0; i < labels.length; i++) {
      if (labels[i] < 0 || labels[i] >= shape[1]) {
        throw new IllegalArgumentException(String.format(
            "crossEntropy: label %d of example %d is not a class index in 0..%d (the logits have %d classes)",
            labels[i], i, shape[1] - 1, shape[1]));
      }
    }
    return CrossEntropy.apply(logits, labels.clone());
  }

  private static void sameShape(String op, Tensor prediction, Tensor target) {
    NdArray p = prediction.data();
    NdArray t = target.data();
    if (!p.hasShape(t.shape())) {
      throw new ShapeException(String.format(
          "%s: prediction %s and target %s must have the same shape (no broadcasting here, it hides bugs;"
              + " reshape one of them, e.g. target.reshape(%s))",
          op, ShapeException.format(p.shape()), ShapeException.format(t.shape()),
          java.util.Arrays.toString(p.shape()).replaceAll("[\\[\\]]", "")));
    }
  }
}
