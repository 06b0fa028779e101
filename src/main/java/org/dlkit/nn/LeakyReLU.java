package org.dlkit.nn;

import org.dlkit.autograd.Tensor;

/** max(z, a z) for a small slope a (0.01 by default), so negative inputs still pass a gradient. */
public final class LeakyReLU extends Activation {
  private final double slope;

  /** Creates a leaky ReLU with slope 0.01 for negative inputs. */
  public LeakyReLU() {
    this(0.01);
  }

  /** Creates a leaky ReLU with the given slope, in [0, 1), for negative inputs. */
  public LeakyReLU(double slope) {
    if (!(slope >= 0 && slope < 1)) {
      throw new IllegalArgumentException("LeakyReLU: slope must be in [0, 1), got " + slope);
    }
    this.slope = slope;
  }

  @Override
  public Tensor forward(Tensor x) {
    // max(z, a z) = relu(z) - a relu(-z): built from primitives, so the gradient comes for free.
    return x.relu().sub(x.neg().relu().mul(slope));
  }

  @Override
  public String toString() {
    return "LeakyReLU(" + slope + ")";
  }
}
