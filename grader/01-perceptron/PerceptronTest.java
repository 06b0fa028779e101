import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("perceptron")
class PerceptronTest {
  /** Returns b·biasCount + Σ_{from ≤ i < to} (g applied to each term if gEach) w[i]·x[i], through g unless gEach. */
  private static double variant(double[] x, double[] w, double b, DoubleUnaryOperator g, int biasCount, int from,
      int to, boolean gEach) {
    double z = b * biasCount;
    for (int i = from; i < to; i++) {
      z += gEach ? g.applyAsDouble(w[i] * x[i]) : w[i] * x[i];
    }
    return gEach ? z : g.applyAsDouble(z);
  }

  /** Names the usual mistake whose result is {@code got}, or says what to check when none matches. */
  private static String diagnose(double[] x, double[] w, double b, DoubleUnaryOperator g, double got) {
    int m = x.length;
    double z = variant(x, w, b, v -> v, 1, 0, m, false);
    String[] hints = {
        "That is g of the sum without the bias: start the sum from z = b, not from 0.",
        "That is the sum z itself: pass it through g before returning it.",
        "That is the sum without the last input: the loop must run over all x.length inputs, i < x.length.",
        "That is the sum without the first input x[0]: the inputs are numbered from 0 in Java, and the bias is b,"
            + " not x[0].",
        "That adds the bias once per input: add b once, outside the loop.",
        "That applies g to every product w[i]·x[i]: apply g once, to the whole sum b + Σ w[i]·x[i]."};
    double[] candidates = {
        variant(x, w, b, g, 0, 0, m, false),
        z,
        variant(x, w, b, g, 1, 0, m - 1, false),
        variant(x, w, b, g, 1, 1, m, false),
        variant(x, w, b, g, m, 0, m, false),
        b + variant(x, w, b, g, 0, 0, m, true)};
    double expected = g.applyAsDouble(z);
    for (int k = 0; k < candidates.length; k++) {
      if (Math.abs(candidates[k] - got) < 1e-12 && Math.abs(candidates[k] - expected) > 1e-12) {
        return hints[k];
      }
    }
    return "Compute z = b + Σ w[i]·x[i] over every input, then return g.applyAsDouble(z).";
  }

  @Test
  @Points(1)
  void lectureNeuronSum() {
    double[] x = {-1, 2};
    double[] w = {3, -2};
    double z = Submission.perceptron(x, w, 1, v -> v);
    assertEquals(-6.0, z, 1e-12, "with g the identity, perceptron(x = (-1, 2), w = (3, -2), b = 1) should return"
        + " z = 1 + 3·(-1) + (-2)·2 = -6, but returned " + z + ". " + diagnose(x, w, 1, v -> v, z));
  }

  @Test
  @Points(1)
  void appliesTheNonlinearity() {
    double[] x = {-1, 2};
    double[] w = {3, -2};
    DoubleUnaryOperator sigmoid = v -> 1 / (1 + Math.exp(-v));
    double expected = 1 / (1 + Math.exp(6));
    double y = Submission.perceptron(x, w, 1, sigmoid);
    assertEquals(expected, y, 1e-12, "with g the sigmoid, the lecture's neuron at x = (-1, 2) should give σ(-6) = "
        + expected + ", but returned " + y + ". " + diagnose(x, w, 1, sigmoid, y));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void anyNumberOfInputs() {
    Random random = new Random(5);
    for (int m : new int[] {3, 7, 1}) {
      double[] x = new double[m];
      double[] w = new double[m];
      double b = random.nextGaussian();
      double z = b;
      for (int i = 0; i < m; i++) {
        x[i] = random.nextGaussian();
        w[i] = random.nextGaussian();
        z += w[i] * x[i];
      }
      double expected = Math.tanh(z);
      double y = Submission.perceptron(x, w, b, Math::tanh);
      assertEquals(expected, y, 1e-12, "with " + m + " input" + (m == 1 ? "" : "s") + ", bias " + b + " and g = tanh,"
          + " perceptron should return tanh(" + z + ") = " + expected + ", but returned " + y + ". "
          + diagnose(x, w, b, Math::tanh, y));
    }
  }
}
