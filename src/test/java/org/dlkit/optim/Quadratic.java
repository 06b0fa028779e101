package org.dlkit.optim;

import org.dlkit.autograd.Tensor;

/** The loss f(θ) = ½ Σ θ², whose gradient is θ itself, for following an optimizer's first steps by hand. */
final class Quadratic {
  private Quadratic() {}

  /** Runs {@code steps} rounds of zeroGrad, backward of ½ Σ θ², step; returns θ's first value after each step. */
  static double[] steps(Optimizer optimizer, Tensor theta, int steps) {
    double[] values = new double[steps];
    for (int t = 0; t < steps; t++) {
      optimizer.zeroGrad();
      theta.pow(2).sum().mul(0.5).backward();
      optimizer.step();
      values[t] = theta.data().toArray()[0];
    }
    return values;
  }
}
