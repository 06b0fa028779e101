package org.dlkit.optim;

import java.util.List;
import java.util.function.Function;
import org.dlkit.autograd.Tensor;

/**
 * The settings {@link Adam} and {@link AdamW} share, with PyTorch's defaults, and their
 * {@code build()}; each optimizer's builder names its default weight decay and its constructor.
 *
 * @param <B> the concrete builder, returned by every setter so calls chain
 * @param <O> the optimizer it builds
 */
abstract class AdamSettings<B extends AdamSettings<B, O>, O extends Optimizer> {
  final List<Tensor> parameters;
  double learningRate = 1e-3;
  double beta1 = 0.9;
  double beta2 = 0.999;
  double epsilon = 1e-8;
  double weightDecay;

  private final Function<B, O> optimizer;

  AdamSettings(List<Tensor> parameters, double weightDecay, Function<B, O> optimizer) {
    this.parameters = parameters;
    this.weightDecay = weightDecay;
    this.optimizer = optimizer;
  }

  /** Returns this builder as its concrete type. */
  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

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

  /**
   * Sets the weight decay λ, {@code >= 0}: {@link Adam} adds λθ to the gradient (default 0),
   * {@link AdamW} removes the fraction ηλ of θ each step (default 0.01).
   */
  public B weightDecay(double weightDecay) {
    this.weightDecay = weightDecay;
    return self();
  }

  /**
   * Returns the optimizer.
   *
   * @throws IllegalArgumentException if a setting breaks its rule; the message names it
   */
  public O build() {
    return optimizer.apply(self());
  }
}
