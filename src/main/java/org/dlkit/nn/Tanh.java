package org.dlkit.nn;

import org.dlkit.autograd.Tensor;

/** The hyperbolic tangent, squashing any z into (-1, 1). */
public final class Tanh extends Activation {
  @Override
  public Tensor forward(Tensor x) {
    return x.tanh();
  }
}
