package org.dlkit.optim;

import java.util.List;
import org.dlkit.autograd.Tensor;

/**
 * The settings {@link Adam} and {@link AdamW} share, with PyTorch's defaults; each optimizer's
 * builder adds its own kind of weight decay and {@code build()}.
 *
 * @param <B> the concrete builder, returned by every setter so calls chain
 */
abstract class AdamSettings<B extends AdamSettings<B>> {
  final List<Tensor> parameters;
  double learningRate = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double epsilon = 1e-8;
  double weightDecay;

  AdamSettings(List<Tensor> parameters, double weightDecay) {
    this.parameters = parameters;
    this.weightDecay = weightDecay;
  }

  /** Returns this builder as its concrete type. */
  abstract B self();

  /** Sets the learning rate η, {@code > 0}; default 0.001. */
  public B learningRate(double learningRate) {
    this.learningRate = learningRate;
    return self();
  }

  /** Sets β1, how much of the old gradient average each step keeps, in [0, 1); default 0.9. */
  public B beta1(double beta1) {
    this.beta1 = beta1;
    return self();
  }

  /** Sets β2, how much of the old squared-gradient average each step keeps, in [0, 1); default 0.999. */
  public B beta2(double beta2) {
    this.beta2 = beta2;
    return self();
  }

  /** Sets ε, added to the root to avoid dividing by zero, {@code > 0}; default 1e-8. */
  public B epsilon(double epsilon) {
    this.epsilon = epsilon;
    return self();
  }
}
