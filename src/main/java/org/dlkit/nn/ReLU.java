package org.dlkit.nn;

import org.dlkit.autograd.Tensor;

/** The rectified linear unit max(0, z). */
public final class ReLU extends Activation {
  @Override
  public Tensor forward(Tensor x) {
    return x.relu();
  }
}
