package org.dlkit.optim;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;

/**
 * Updates parameters by Adagrad: each weight's step shrinks with the sum of all its past squared
 * gradients, so weights that have had large gradients slow down first. As PyTorch's
 * {@code torch.optim.Adagrad} with its other options (learning-rate decay, weight decay, a
 * starting sum) left at their defaults:
 *
 * <pre>
 * G ← G + g²                          (G starts at 0)
 * θ ← θ − η g / (√G + ε)              (ε outside the square root)
 * </pre>
 *
 * <p>Defaults follow PyTorch: learning rate 0.01, ε = 1e-10. Because G only grows, the steps
 * only shrink; {@link Rmsprop} forgets old gradients instead.
 */
public final class Adagrad extends Optimizer {
  private final double epsilon;
  private final List<NdArray> sumOfSquares;
  private final List<NdArray> square;

  private Adagrad(Builder builder) {
    super(builder.parameters, builder.learningRate);
    this.epsilon = Preconditions.positive("Adagrad", "epsilon", builder.epsilon);
    this.sumOfSquares = zerosLikeParameters();
    this.square = zerosLikeParameters();
  }

  /** Returns Adagrad with learning rate η and PyTorch's other defaults. */
  public static Adagrad of(List<Tensor> parameters, double learningRate) {
    return builder(parameters).learningRate(learningRate).build();
  }

  /** Starts a builder over {@code parameters}, with PyTorch's defaults. */
  public static Builder builder(List<Tensor> parameters) {
    return new Builder(parameters);
  }

  @Override
  protected void update(int index, NdArray theta, NdArray g) {
    // G ← G + g²
    NdArray sum = sumOfSquares.get(index);
    InPlace.addInPlace(sum, squared(g, square.get(index)));
    // θ ← θ − η g / (√G + ε)
    NdArray step = g.zip("Adagrad", sum, (gi, sumi) -> gi / (Math.sqrt(sumi) + epsilon));
    InPlace.axpy(-learningRate(), step, theta);
  }

  @Override
  public String toString() {
    return "Adagrad(learningRate=" + learningRate() + ", epsilon=" + epsilon + ")";
  }

  /** Collects Adagrad's settings; {@link #build()} checks them. */
  public static final class Builder {
    private final List<Tensor> parameters;
    private double learningRate = 1e-2;
    private double epsilon = 1e-10;

    private Builder(List<Tensor> parameters) {
      this.parameters = parameters;
    }

    /** Sets the learning rate η, {@code > 0}; default 0.01. */
    public Builder learningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Sets ε, added to the root to avoid dividing by zero, {@code > 0}; default 1e-10. */
    public Builder epsilon(double epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    /**
     * Returns the optimizer.
     *
     * @throws IllegalArgumentException if a setting breaks its rule; the message names it
     */
    public Adagrad build() {
      return new Adagrad(this);
    }
  }
}
