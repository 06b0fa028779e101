package org.dlkit.optim;

import java.util.List;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;

/**
 * Keeps Adam's running averages of each parameter's gradient (m) and squared gradient (v), and
 * takes the bias-corrected step they make. {@link Adam} and {@link AdamW} share it; they differ
 * only in how they apply weight decay.
 */
final class AdamMoments {
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final List<NdArray> gradientAverage;
  private final List<NdArray> squareAverage;
  private final List<NdArray> scratch;

  /** Creates zero averages for each of {@code owner}'s parameters; messages about bad settings name {@code where}. */
  AdamMoments(String where, Optimizer owner, double beta1, double beta2, double epsilon) {
    this.beta1 = Preconditions.fraction(where, "beta1", beta1);
    this.beta2 = Preconditions.fraction(where, "beta2", beta2);
    this.epsilon = Preconditions.positive(where, "epsilon", epsilon);
    this.gradientAverage = owner.zerosLikeParameters();
    this.squareAverage = owner.zerosLikeParameters();
    this.scratch = owner.zerosLikeParameters();
  }

  /**
   * Updates the averages of parameter {@code index} with gradient {@code g}, then moves
   * {@code theta} by Adam's step number {@code t} (counting from 1). Modifies {@code theta} and the averages.
   */
  void step(int index, NdArray theta, NdArray g, double learningRate, int t) {
    // m ← β1 m + (1 − β1) g
    // Each update is one pass, in the order of operations of scaling then adding, so the values match bit for bit.
    NdArray m = gradientAverage.get(index);
    InPlace.zipInto(m, m, g, (mi, gi) -> mi * beta1 + (1 - beta1) * gi);
    // v ← β2 v + (1 − β2) g²
    NdArray v = squareAverage.get(index);
    InPlace.zipInto(v, v, g, (vi, gi) -> vi * beta2 + (1 - beta2) * (gi * gi));
    // m̂ = m / (1 − β1ᵗ),  v̂ = v / (1 − β2ᵗ)   (both averages start at 0; this undoes that bias)
    double mCorrection = 1 - Math.pow(beta1, t);
    double vCorrection = 1 - Math.pow(beta2, t);
    // θ ← θ − η m̂ / (√v̂ + ε)
    NdArray step = scratch.get(index); // so a step allocates nothing
    InPlace.zipInto(step, m, v, (mi, vi) -> (mi / mCorrection) / (Math.sqrt(vi / vCorrection) + epsilon));
    InPlace.axpy(-learningRate, step, theta);
  }

  /** Returns the settings, for the optimizers' {@code toString}. */
  @Override
  public String toString() {
    return "beta1=" + beta1 + ", beta2=" + beta2 + ", epsilon=" + epsilon;
  }
}
