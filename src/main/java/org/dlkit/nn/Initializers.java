package org.dlkit.nn;

import java.util.Random;
import org.dlkit.nd.NdArray;

/**
 * The usual weight initializers, and the seeded random source layers use when none is given.
 *
 * <p>Like {@code torch.manual_seed}, {@link #seed(long)} resets that source, so the same notebook
 * run top to bottom builds the same network every time.
 */
public final class Initializers {
  private static Random defaultRandom = new Random(0);

  private Initializers() {}

  /** Resets the random source that layers and dropout use by default. */
  public static synchronized void seed(long seed) {
    defaultRandom = new Random(seed);
  }

  /** Returns a new random source drawn from the default one, for a layer that was given no seed. */
  static synchronized Random nextRandom() {
    return new Random(defaultRandom.nextLong());
  }

  /** Glorot/Xavier uniform: U(-a, a) with a = sqrt(6 / (fanIn + fanOut)); Keras's default. */
  public static Initializer xavierUniform() {
    return (in, out, random) -> NdArray.rand(random, in, out).mul(2).sub(1).mul(Math.sqrt(6.0 / (in + out)));
  }

  /** Glorot/Xavier normal: N(0, 2 / (fanIn + fanOut)). */
  public static Initializer xavierNormal() {
    return (in, out, random) -> NdArray.randn(random, in, out).mul(Math.sqrt(2.0 / (in + out)));
  }

  /** He (Kaiming) normal for ReLU layers: N(0, 2 / fanIn). */
  public static Initializer he() {
    return (in, out, random) -> NdArray.randn(random, in, out).mul(Math.sqrt(2.0 / in));
  }

  /** All zeros: fine for biases, but a network of zero weights never breaks symmetry. */
  public static Initializer zeros() {
    return (in, out, random) -> NdArray.zeros(in, out);
  }

  /** Every weight equal to {@code value}. */
  public static Initializer constant(double value) {
    return (in, out, random) -> NdArray.full(value, in, out);
  }
}
