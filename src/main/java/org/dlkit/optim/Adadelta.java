package org.dlkit.optim;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;

/**
 * Updates parameters by Adadelta (Zeiler, 2012): each weight's step is its gradient scaled by the
 * ratio of two running averages, of its past squared steps and of its past squared gradients, so
 * the step has the units of the weight and needs no hand-tuned learning rate. As PyTorch's
 * {@code torch.optim.Adadelta} with weight decay left at 0:
 *
 * <pre>
 * v ← ρ v + (1 − ρ) g²                     (v, u start at 0)
 * Δ ← √(u + ε) / √(v + ε) · g
 * u ← ρ u + (1 − ρ) Δ²
 * θ ← θ − η Δ
 * </pre>
 *
 * <p>Defaults follow PyTorch: η = 1.0, ρ = 0.9, ε = 1e-6. Unlike {@link Adagrad}, whose sum only
 * grows, both averages forget old values, so the steps do not die out.
 */
public final class Adadelta extends Optimizer {
  private final double rho;
  private final double epsilon;
  private final List<NdArray> squaredGradients;
  private final List<NdArray> squaredSteps;

  private Adadelta(Builder builder) {
    super(builder.parameters, builder.learningRate);
    this.rho = Preconditions.fraction("Adadelta", "rho", builder.rho);
    this.epsilon = Preconditions.positive("Adadelta", "epsilon", builder.epsilon);
    this.squaredGradients = zerosLikeParameters();
    this.squaredSteps = zerosLikeParameters();
  }

  /** Returns Adadelta with learning rate η and PyTorch's other defaults. */
  public static Adadelta of(List<Tensor> parameters, double learningRate) {
    return builder(parameters).learningRate(learningRate).build();
  }

  /** Starts a builder over {@code parameters}, with PyTorch's defaults. */
  public static Builder builder(List<Tensor> parameters) {
    return new Builder(parameters);
  }

  @Override
  protected void update(int index, NdArray theta, NdArray g) {
    NdArray v = squaredGradients.get(index);
    NdArray u = squaredSteps.get(index);
    // v ← ρ v + (1 − ρ) g²
    NdArray newV = v.zip("Adadelta", g, (vi, gi) -> rho * vi + (1 - rho) * gi * gi);
    // Δ ← √(u + ε) / √(v + ε) · g
    NdArray step = g.zip("Adadelta", u, (gi, ui) -> gi * Math.sqrt(ui + epsilon))
        .zip("Adadelta", newV, (num, vi) -> num / Math.sqrt(vi + epsilon));
    // u ← ρ u + (1 − ρ) Δ²
    NdArray newU = u.zip("Adadelta", step, (ui, di) -> rho * ui + (1 - rho) * di * di);
    InPlace.copyInto(v, newV);
    InPlace.copyInto(u, newU);
    // θ ← θ − η Δ
    InPlace.axpy(-learningRate(), step, theta);
  }

  @Override
  public String toString() {
    return "Adadelta(learningRate=" + learningRate() + ", rho=" + rho + ", epsilon=" + epsilon + ")";
  }

  /** Collects Adadelta's settings; {@link #build()} checks them. */
  public static final class Builder {
    private final List<Tensor> parameters;
    private double learningRate = 1.0;
    private double rho = 0.9;
    private double epsilon = 1e-6;

    private Builder(List<Tensor> parameters) {
      this.parameters = parameters;
    }

    /** Sets the learning rate η, {@code > 0}; default 1.0, as in PyTorch and the paper. */
    public Builder learningRate(double learningRate) {
      this.learningRate = learningRate;
      return this;
    }

    /** Sets ρ, the decay of both running averages, in [0, 1); default 0.9. */
    public Builder rho(double rho) {
      this.rho = rho;
      return this;
    }

    /** Sets ε, added inside both roots, {@code > 0}; default 1e-6. */
    public Builder epsilon(double epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    /**
     * Returns the optimizer.
     *
     * @throws IllegalArgumentException if a setting breaks its rule; the message names it
     */
    public Adadelta build() {
      return new Adadelta(this);
    }
  }
}
