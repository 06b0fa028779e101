package org.dlkit.nn;

import org.dlkit.autograd.Tensor;

/**
 * A nonlinearity g applied elementwise (or, for {@link Softmax}, along the last axis): the third
 * step of the lecture's perceptron, after the dot product and the bias. It has no parameters.
 */
public abstract class Activation extends Module {
  /** Returns g(x). */
  @Override
  public abstract Tensor forward(Tensor x);

  /** Returns the name printed in architectures, e.g. "Sigmoid". */
  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
