package org.dlkit.optim;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;

/**
 * Updates parameters by stochastic gradient descent, with optional momentum, Nesterov momentum
 * and weight decay, as PyTorch's {@code torch.optim.SGD} with dampening 0:
 *
 * <pre>
 * g ← g + λθ                          (weight decay λ, when λ &gt; 0)
 * v ← μv + g                          (momentum μ, when μ &gt; 0; v starts at 0, so the first v is g)
 * θ ← θ − η v                         (plain momentum)
 * θ ← θ − η (g + μv)                  (Nesterov)
 * θ ← θ − η g                         (no momentum)
 * </pre>
 *
 * <p>PyTorch's velocity sums past gradients; the textbook form {@code v ← μv − ηg, θ ← θ + v}
 * makes the same steps while the learning rate stays constant, and different ones once a
 * schedule changes it. Defaults follow PyTorch: learning
 * rate 0.001, no momentum, no weight decay.
 *
 * <pre>{@code
 * Sgd plain = Sgd.of(model.parameters(), 0.1);
 * Sgd heavy = Sgd.builder(model.parameters())
 *     .learningRate(0.1).momentum(0.9).nesterov(true).weightDecay(1e-4).build();
 * }</pre>
 */
public final class Sgd extends Optimizer {
  private final double momentum;
  private final boolean nesterov;
  private final double weightDecay;
  private final List<NdArray> velocity;
  private final List<NdArray> decayedGradient;

  private Sgd(Builder builder) {
    super(builder.parameters, builder.learningRate);
    this.momentum = Preconditions.fraction("Sgd", "momentum", builder.momentum);
    this.weightDecay = Preconditions.nonNegative("Sgd", "weightDecay", builder.weightDecay);
    if (builder.nesterov && momentum == 0) {
      throw new IllegalArgumentException("Sgd: nesterov requires momentum > 0, but momentum was " + momentum);
    }
    this.nesterov = builder.nesterov;
    this.velocity = momentum == 0 ? List.of() : zerosLikeParameters();
    this.decayedGradient = weightDecay == 0 ? List.of() : zerosLikeParameters();
  }

  /** Returns plain gradient descent, {@code θ ← θ − η g}, with learning rate η. */
  public static Sgd of(List<Tensor> parameters, double learningRate) {
    return builder(parameters).learningRate(learningRate).build();
  }

  /** Starts a builder over {@code parameters}, with PyTorch's defaults. */
  public static Builder builder(List<Tensor> parameters) {
    return new Builder(parameters);
  }

  @Override
  protected void update(int index, NdArray theta, NdArray gradient) {
    // g ← g + λθ
    NdArray g = weightDecay == 0 ? gradient : withWeightDecay(gradient, theta, weightDecay, decayedGradient.get(index));
    if (momentum == 0) {
      // θ ← θ − η g
      InPlace.axpy(-learningRate(), g, theta);
      return;
    }
    // v ← μv + g
    NdArray v = velocity.get(index);
    InPlace.scaleInPlace(v, momentum);
    InPlace.addInPlace(v, g);
    if (nesterov) {
      // θ ← θ − η (g + μv)
      InPlace.axpy(-learningRate(), g, theta);
      InPlace.axpy(-learningRate() * momentum, v, theta);
    } else {
      // θ ← θ − η v
      InPlace.axpy(-learningRate(), v, theta);
    }
  }

  @Override
  public String toString() {
    return "Sgd(learningRate=" + learningRate() + ", momentum=" + momentum + ", nesterov=" + nesterov
        + ", weightDecay=" + weightDecay + ")";
  }

  /** Collects Sgd's settings; {@link #build()} checks them. */
  public static final class Builder {
    private final List<Tensor> parameters;
    private double learningRate = 1e-3;
    private double momentum;
    private boolean nesterov;
    private double weightDecay;

    private Builder(List<Tensor> parameters) {
      this.parameters = parameters;
    }

    /** Sets the learning rate η, {@code > 0}; default 0.001. */
    public Builder learningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Sets the momentum μ, in [0, 1); default 0 (none). */
    public Builder momentum(double momentum) {
      this.momentum = momentum;
      return this;
    }

    /** Uses Nesterov momentum, which looks ahead along the velocity; needs momentum {@code > 0}. Default false. */
    public Builder nesterov(boolean nesterov) {
      this.nesterov = nesterov;
      return this;
    }

    /** Sets the weight decay λ (an L2 penalty λ‖θ‖²/2 added to the loss), {@code >= 0}; default 0. */
    public Builder weightDecay(double weightDecay) {
      this.weightDecay = weightDecay;
      return this;
    }

    /**
     * Returns the optimizer.
     *
     * @throws IllegalArgumentException if a setting breaks its rule; the message names it
     */
    public Sgd build() {
      return new Sgd(this);
    }
  }
}
