package org.dlkit.optim;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;

/**
 * Updates parameters by AdamW: {@link Adam} with decoupled weight decay, which shrinks θ directly
 * instead of adding λθ to the gradient, so every weight decays at the same rate whatever its
 * gradients were (Loshchilov and Hutter). As PyTorch's {@code torch.optim.AdamW} (without amsgrad):
 *
 * <pre>
 * θ ← θ − η λ θ                       (decoupled weight decay, first, from the gradient's θ)
 * m ← β1 m + (1 − β1) g               (then Adam's step with the plain gradient)
 * v ← β2 v + (1 − β2) g²
 * m̂ = m / (1 − β1ᵗ),  v̂ = v / (1 − β2ᵗ)
 * θ ← θ − η m̂ / (√v̂ + ε)
 * </pre>
 *
 * <p>Defaults follow PyTorch: learning rate 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-8, weight decay
 * 0.01. The decay applies to every parameter, biases included, and also when its gradient is zero.
 */
public final class AdamW extends Optimizer {
  private final double weightDecay;
  private final AdamMoments moments;

  private AdamW(Builder builder) {
    super(builder.parameters, builder.learningRate);
    this.moments = new AdamMoments("AdamW", this, builder.beta1, builder.beta2, builder.epsilon);
    this.weightDecay = Preconditions.nonNegative("AdamW", "weightDecay", builder.weightDecay);
  }

  /** Returns AdamW with learning rate η and PyTorch's other defaults (weight decay 0.01). */
  public static AdamW of(List<Tensor> parameters, double learningRate) {
    return builder(parameters).learningRate(learningRate).build();
  }

  /** Starts a builder over {@code parameters}, with PyTorch's defaults. */
  public static Builder builder(List<Tensor> parameters) {
    return new Builder(parameters);
  }

  @Override
  protected void update(int index, NdArray theta, NdArray g) {
    // θ ← θ − η λ θ
    InPlace.scaleInPlace(theta, 1 - learningRate() * weightDecay);
    // m, v, m̂, v̂ and θ ← θ − η m̂ / (√v̂ + ε): see AdamMoments.step
    moments.step(index, theta, g, learningRate(), stepCount());
  }

  @Override
  public String toString() {
    return "AdamW(learningRate=" + learningRate() + ", " + moments + ", weightDecay=" + weightDecay + ")";
  }

  /** Collects AdamW's settings; {@code build()} checks them. */
  public static final class Builder extends AdamSettings<Builder, AdamW> {
    private Builder(List<Tensor> parameters) {
      super(parameters, 1e-2, AdamW::new);
    }
  }
}
