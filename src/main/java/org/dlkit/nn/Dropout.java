package org.dlkit.nn;

import java.util.Random;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;

/**
 * Randomly zeroes a fraction p of its inputs while training, and scales the rest by 1/(1-p) so the
 * expected value is unchanged ("inverted dropout"); in evaluation mode it is the identity.
 *
 * <p>p is the DROP probability, as in Keras and PyTorch. Careful when comparing with
 * Deeplearning4j: its {@code dropOut(p)} takes the RETAIN probability, so PyTorch's
 * {@code Dropout(0.2)} is DL4J's {@code dropOut(0.8)}.
 */
public final class Dropout extends Module {
  private final double p;
  private final Random random;

  /** Creates dropout with drop probability p in [0, 1), drawing masks from the default seeded source. */
  public Dropout(double p) {
    this(p, Initializers.nextRandom());
  }

  /** Creates dropout with drop probability p in [0, 1), drawing masks from {@code new Random(seed)}. */
  public Dropout(double p, long seed) {
    this(p, new Random(seed));
  }

  private Dropout(double p, Random random) {
    if (!(p >= 0 && p < 1)) {
      throw new IllegalArgumentException("Dropout: p is the probability of dropping an input and must be in [0, 1),"
          + " got " + p + (p >= 1 && p <= 1 ? " (p = 1 would drop everything)" : ""));
    }
    this.p = p;
    this.random = random;
  }

  @Override
  public Tensor forward(Tensor x) {
    if (!isTraining() || p == 0) {
      return x;
    }
    double keep = 1 - p;
    NdArray mask = NdArray.rand(random, x.shape()).map(u -> u < keep ? 1 / keep : 0);
    return x.mul(Tensor.of(mask));
  }

  /** Returns the drop probability p. */
  public double p() {
    return p;
  }

  @Override
  public String toString() {
    return "Dropout(p=" + p + ")";
  }
}
