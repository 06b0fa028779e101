package org.dlkit.plot;

import java.util.function.DoubleUnaryOperator;

/**
 * A named function of one variable and its derivative, such as an activation function.
 * {@link Plots#activation} draws the function solid and the derivative dashed.
 *
 * <pre>{@code
 * Plots.activation(Curve.SIGMOID, Curve.RELU, Curve.of("swish", x -> x * NdArray.sigmoid(x)));
 * }</pre>
 *
 * @param name the legend name, e.g. "sigmoid"
 * @param f the function
 * @param derivative its derivative f′
 */
public record Curve(String name, DoubleUnaryOperator f, DoubleUnaryOperator derivative) {
  /** σ(x) = 1 / (1 + e^−x); σ′ = σ(1 − σ). */
  public static final Curve SIGMOID = new Curve("sigmoid", Curve::sigmoid, x -> sigmoid(x) * (1 - sigmoid(x)));
  /** tanh(x); tanh′ = 1 − tanh². */
  public static final Curve TANH = new Curve("tanh", Math::tanh, x -> 1 - Math.tanh(x) * Math.tanh(x));
  /** max(0, x); its derivative is 0 for x < 0 and 1 for x > 0 (taken as 0 at 0). */
  public static final Curve RELU = new Curve("ReLU", x -> Math.max(0, x), x -> x > 0 ? 1 : 0);
  /** Leaky ReLU with slope 0.1 for x < 0 (larger than the usual 0.01, so the leak is visible). */
  public static final Curve LEAKY_RELU = leakyRelu(0.1);

  /** Checks that name, function and derivative are given. */
  public Curve {
    if (name == null || f == null || derivative == null) {
      throw new IllegalArgumentException("Curve: needs a name, a function and a derivative; use Curve.of(name, f) "
          + "to get a numerical derivative");
    }
  }

  /** Returns the curve of {@code f} with a central-difference derivative (step 1e-5). */
  public static Curve of(String name, DoubleUnaryOperator f) {
    double h = 1e-5;
    return new Curve(name, f, x -> (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h));
  }

  /** Returns leaky ReLU: x for x > 0, {@code slope}·x otherwise. */
  public static Curve leakyRelu(double slope) {
    return new Curve("leaky ReLU (" + Draw.number(slope) + ")", x -> x > 0 ? x : slope * x, x -> x > 0 ? 1 : slope);
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
