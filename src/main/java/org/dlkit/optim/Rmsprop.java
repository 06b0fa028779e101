package org.dlkit.optim;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;

/**
 * Updates parameters by RMSProp: each weight's step is divided by a running root-mean-square of
 * its recent gradients, so the step size adapts per weight without shrinking forever as in
 * {@link Adagrad}. As PyTorch's {@code torch.optim.RMSprop} with its other options (momentum,
 * centered, weight decay) left at their defaults:
 *
 * <pre>
 * v ← α v + (1 − α) g²                (v starts at 0)
 * θ ← θ − η g / (√v + ε)              (ε outside the square root; no bias correction)
 * </pre>
 *
 * <p>Defaults follow PyTorch: learning rate 0.01, smoothing constant α = 0.99, ε = 1e-8.
 */
public final class Rmsprop extends Optimizer {
  private final double alpha;
  private final double epsilon;
  private final List<NdArray> squareAverage;
  private final List<NdArray> square;

  private Rmsprop(Builder builder) {
    super(builder.parameters, builder.learningRate);
    this.alpha = Preconditions.fraction("Rmsprop", "alpha", builder.alpha);
    this.epsilon = Preconditions.positive("Rmsprop", "epsilon", builder.epsilon);
    this.squareAverage = zerosLikeParameters();
    this.square = zerosLikeParameters();
  }

  /** Returns RMSProp with learning rate η and PyTorch's other defaults. */
  public static Rmsprop of(List<Tensor> parameters, double learningRate) {
    return builder(parameters).learningRate(learningRate).build();
  }

  /** Starts a builder over {@code parameters}, with PyTorch's defaults. */
  public static Builder builder(List<Tensor> parameters) {
    return new Builder(parameters);
  }

  @Override
  protected void update(int index, NdArray theta, NdArray g) {
    // v ← α v + (1 − α) g²
    NdArray v = squareAverage.get(index);
    InPlace.scaleInPlace(v, alpha);
    InPlace.axpy(1 - alpha, squared(g, square.get(index)), v);
    // θ ← θ − η g / (√v + ε)
    NdArray step = g.zip("Rmsprop", v, (gi, vi) -> gi / (Math.sqrt(vi) + epsilon));
    InPlace.axpy(-learningRate(), step, theta);
  }

  @Override
  public String toString() {
    return "Rmsprop(learningRate=" + learningRate() + ", alpha=" + alpha + ", epsilon=" + epsilon + ")";
  }

  /** Collects RMSProp's settings; {@link #build()} checks them. */
  public static final class Builder {
    private final List<Tensor> parameters;
    private double learningRate = 1e-2;
    private double alpha = 0.99;
    private double epsilon = 1e-8;

    private Builder(List<Tensor> parameters) {
      this.parameters = parameters;
    }

    /** Sets the learning rate η, {@code > 0}; default 0.01. */
    public Builder learningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Sets the smoothing constant α, how much of the old average each step keeps, in [0, 1); default 0.99. */
    public Builder alpha(double alpha) {
      this.alpha = alpha;
      return this;
    }

    /** Sets ε, added to the root to avoid dividing by zero, {@code > 0}; default 1e-8. */
    public Builder epsilon(double epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    /**
     * Returns the optimizer.
     *
     * @throws IllegalArgumentException if a setting breaks its rule; the message names it
     */
    public Rmsprop build() {
      return new Rmsprop(this);
    }
  }
}
