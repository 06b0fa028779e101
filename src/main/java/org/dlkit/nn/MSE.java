package org.dlkit.nn;

import org.dlkit.autograd.Losses;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;

/** Mean squared error J = mean((ŷ - y)²), for regression. Outputs of shape [n, 1] or [n] meet 1-D targets [n]. */
public final class MSE implements Loss {
  @Override
  public Tensor compute(Tensor output, NdArray targets) {
    return Losses.mse(output, Tensor.of(Targets.shapedLike(output, targets, "MSE")));
  }

  @Override
  public int[] predictedClasses(NdArray output) {
    return null;
  }

  @Override
  public String toString() {
    return "MSE";
  }
}
