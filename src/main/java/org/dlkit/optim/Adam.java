package org.dlkit.optim;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;

/**
 * Updates parameters by Adam: momentum on the gradient (m) divided by a running root-mean-square
 * of it (v), both corrected for starting at zero. As PyTorch's {@code torch.optim.Adam} (without amsgrad):
 *
 * <pre>
 * g ← g + λθ                          (weight decay λ as an L2 penalty, when λ &gt; 0)
 * m ← β1 m + (1 − β1) g               (m and v start at 0)
 * v ← β2 v + (1 − β2) g²
 * m̂ = m / (1 − β1ᵗ),  v̂ = v / (1 − β2ᵗ)   (t = step number, from 1)
 * θ ← θ − η m̂ / (√v̂ + ε)              (ε outside the square root)
 * </pre>
 *
 * <p>Weight decay here goes through m and v, so it is scaled down along with the gradient for
 * weights with large gradients; {@link AdamW} applies it directly to θ instead. Defaults follow
 * PyTorch: learning rate 0.001, β1 = 0.9, β2 = 0.999, ε = 1e-8, no weight decay.
 *
 * <p>t is the optimizer's {@link #stepCount()}; PyTorch counts per parameter, which is the same
 * when every parameter steps every time.
 */
public final class Adam extends Optimizer {
  private final double weightDecay;
  private final AdamMoments moments;
  private final List<NdArray> decayedGradient;

  private Adam(Builder builder) {
    super(builder.parameters, builder.learningRate);
    this.moments = new AdamMoments("Adam", this, builder.beta1, builder.beta2, builder.epsilon);
    this.weightDecay = Preconditions.nonNegative("Adam", "weightDecay", builder.weightDecay);
    this.decayedGradient = weightDecay == 0 ? List.of() : zerosLikeParameters();
  }

  /** Returns Adam with learning rate η and PyTorch's other defaults. */
  public static Adam of(List<Tensor> parameters, double learningRate) {
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
    // m, v, m̂, v̂ and θ ← θ − η m̂ / (√v̂ + ε): see AdamMoments.step
    moments.step(index, theta, g, learningRate(), stepCount());
  }

  @Override
  public String toString() {
    return "Adam(learningRate=" + learningRate() + ", " + moments + ", weightDecay=" + weightDecay + ")";
  }

  /** Collects Adam's settings; {@code build()} checks them. */
  public static final class Builder extends AdamSettings<Builder, Adam> {
    private Builder(List<Tensor> parameters) {
      super(parameters, 0, Adam::new);
    }
  }
}
