package org.dlkit.nn;

import org.dlkit.autograd.Losses;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;

/**
 * Binary cross-entropy J = -mean(y log p + (1 - y) log(1 - p)) for labels 0/1, either on
 * probabilities p (a model ending in {@link Sigmoid}) or on logits z, where p = σ(z) is folded into a
 * stable formula. Prefer logits: they stay finite where a saturated sigmoid rounds p to 0 or 1.
 */
public final class BinaryCrossEntropy implements Loss {
  /** Probabilities are kept within [EPSILON, 1 - EPSILON] before the log, as Keras does. */
  public static final double EPSILON = 1e-7;

  private final boolean logits;

  private BinaryCrossEntropy(boolean logits) {
    this.logits = logits;
  }

  /** Returns the loss for models whose outputs are probabilities in [0, 1]. */
  public static BinaryCrossEntropy onProbabilities() {
    return new BinaryCrossEntropy(false);
  }

  /** Returns the loss for models whose outputs are logits (no final sigmoid). */
  public static BinaryCrossEntropy withLogits() {
    return new BinaryCrossEntropy(true);
  }

  @Override
  public Tensor compute(Tensor output, NdArray targets) {
    Tensor y = Tensor.of(Targets.shapedLike(output, targets, toString()));
    if (logits) {
      return Losses.bceWithLogits(output, y);
    }
    // -(y log p + (1 - y) log(1 - p)), averaged over the batch, as one graph step
    return Losses.bce(output, y, EPSILON);
  }

  @Override
  public int[] predictedClasses(NdArray output) {
    return Targets.threshold(output, logits ? 0 : 0.5);
  }

  @Override
  public String toString() {
    return logits ? "BinaryCrossEntropy(logits)" : "BinaryCrossEntropy(probabilities)";
  }
}
