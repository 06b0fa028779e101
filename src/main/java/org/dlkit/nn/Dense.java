package org.dlkit.nn;

import java.util.List;
import java.util.Random;
import org.dlkit.autograd.Fused;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;

/**
 * A fully connected layer: y = g(X W + b), the lecture's perceptron for a whole layer at once —
 * dot product, add bias, nonlinearity. X is [batch, in] (or one example [in]), W is [in, out] and b
 * is [out].
 *
 * <pre>{@code
 * Dense neuron = new Dense(2, 1, new Sigmoid());
 * neuron.setWeights(NdArray.of(new double[][] {{3}, {-2}}));   // the lecture's W = (3, -2)
 * neuron.setBias(NdArray.of(1));                                // w0 = 1
 * neuron.forward(Tensor.of(-1, 2));                             // σ(-6) ≈ 0.00247
 * }</pre>
 */
public final class Dense extends Module {
  private final int in;
  private final int out;
  private final Activation activation;
  private final Tensor weights;
  private final Tensor bias;

  /** Creates a layer without a nonlinearity (identity), Xavier-uniform weights and zero bias. */
  public Dense(int in, int out) {
    this(in, out, new Identity());
  }

  /** Creates a layer with Xavier-uniform weights from the default seeded source and zero bias. */
  public Dense(int in, int out, Activation activation) {
    this(in, out, activation, Initializers.xavierUniform(), Initializers.nextRandom());
  }

  /** Creates a layer with weights drawn by {@code init} from {@code new Random(seed)} and zero bias. */
  public Dense(int in, int out, Activation activation, Initializer init, long seed) {
    this(in, out, activation, init, new Random(seed));
  }

  private Dense(int in, int out, Activation activation, Initializer init, Random random) {
    if (in < 1 || out < 1) {
      throw new IllegalArgumentException("Dense: in and out must be at least 1, got in=" + in + ", out=" + out);
    }
    this.in = in;
    this.out = out;
    this.activation = activation;
    this.weights = Tensor.param(init.sample(in, out, random));
    this.bias = Tensor.param(NdArray.zeros(out));
  }

  @Override
  public Tensor forward(Tensor x) {
    int features = x.shape()[x.ndim() - 1];
    if (x.ndim() > 2 || features != in) {
      throw new ShapeException(String.format(
          "Dense(%d → %d): input %s must be [batch, %d] or [%d] (one example)",
          in, out, ShapeException.format(x.shape()), in, in));
    }
    return activation.forward(Fused.affine(x, weights, bias));
  }

  /** Returns W, [in, out]: a parameter tensor; its values change in place as the optimizer steps. */
  public Tensor weights() {
    return weights;
  }

  /** Returns b, [out]. */
  public Tensor bias() {
    return bias;
  }

  /** Returns the nonlinearity g. */
  public Activation activation() {
    return activation;
  }

  /** Overwrites W with {@code values}, which must be [in, out]; e.g. the lecture's trained weights. */
  public void setWeights(NdArray values) {
    requireShape("setWeights", values, in, out);
    InPlace.copyInto(weights.data(), values);
  }

  /** Overwrites b with {@code values}, which must be [out]. */
  public void setBias(NdArray values) {
    requireShape("setBias", values, out);
    InPlace.copyInto(bias.data(), values);
  }

  @Override
  protected List<Tensor> ownParameters() {
    return List.of(weights, bias);
  }

  @Override
  public String toString() {
    return "Dense(" + in + " → " + out + ", " + activation + ")";
  }

  private void requireShape(String op, NdArray values, int... shape) {
    if (!values.hasShape(shape)) {
      throw new ShapeException(String.format("%s: %s needs shape %s, got %s", op, this,
          ShapeException.format(shape), ShapeException.format(values.shape())));
    }
  }
}
