package org.dlkit.nn;

import org.dlkit.autograd.Tensor;

/** The logistic function σ(z) = 1 / (1 + e^-z), squashing any z into (0, 1). */
public final class Sigmoid extends Activation {
  @Override
  public Tensor forward(Tensor x) {
    return x.sigmoid();
  }
}
