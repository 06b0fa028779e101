package org.dlkit.nn;

import org.dlkit.autograd.Tensor;

/** Turns scores into probabilities along the last axis: e^z_i / Σ_j e^z_j, stable for any scores. */
public final class Softmax extends Activation {
  @Override
  public Tensor forward(Tensor x) {
    return x.softmax(-1);
  }
}
