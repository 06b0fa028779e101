import static org.dlkit.exercise.GraderAssertions.assertClose;

import java.util.function.DoubleUnaryOperator;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("activations")
class ActivationsTest {
  private static final double[] ZS = {0, -6, -2.5, -1, -0.3, 0.4, 1, 2, 5};

  private static double sigma(double z) {
    return 1 / (1 + Math.exp(-z));
  }

  private static void matches(String name, DoubleUnaryOperator yours, DoubleUnaryOperator expected, String hint) {
    matches(name, yours, expected, hint, z -> Double.NaN, "");
  }

  /** Like matches, but names the usual mistake {@code wrong} with {@code diagnosis} when the values are its values. */
  private static void matches(String name, DoubleUnaryOperator yours, DoubleUnaryOperator expected, String hint,
      DoubleUnaryOperator wrong, String diagnosis) {
    for (double z : ZS) {
      double want = expected.applyAsDouble(z);
      double got = yours.applyAsDouble(z);
      boolean known = Math.abs(got - wrong.applyAsDouble(z)) < 1e-9;
      assertClose(want, got, 1e-9, name + "(" + z + ")", known ? diagnosis : hint);
    }
  }

  @Test
  @Points(1)
  void sigmoid() {
    matches("sigmoid", Submission::sigmoid, ActivationsTest::sigma, "σ(z) = 1 / (1 + e^-z); σ(0) is 0.5",
        z -> sigma(-z), "That is 1 / (1 + e^z): the exponent is -z, so σ rises from 0 to 1 as z grows");
  }

  @Test
  @Points(1)
  void sigmoidDerivative() {
    matches("sigmoidDerivative", Submission::sigmoidDerivative, z -> sigma(z) * (1 - sigma(z)),
        "σ'(z) = σ(z)(1 - σ(z)), which is 0.25 at z = 0", z -> z * (1 - z),
        "That is z(1 - z): the formula s(1 - s) takes s = σ(z), not z itself (σ'(0) is 0.25, not 0)");
  }

  @Test
  @Points(1)
  void tanh() {
    matches("tanh", Submission::tanh, Math::tanh, "tanh(z) = (e^z - e^-z) / (e^z + e^-z) = 2σ(2z) - 1; tanh(0) is 0",
        z -> 2 * sigma(z) - 1, "That is 2σ(z) - 1: the identity is tanh(z) = 2σ(2z) - 1, with 2z inside σ");
  }

  @Test
  @Points(1)
  void tanhDerivative() {
    matches("tanhDerivative", Submission::tanhDerivative, z -> 1 - Math.tanh(z) * Math.tanh(z),
        "tanh'(z) = 1 - tanh²(z), which is 1 at z = 0 (check your tanh first if its own test fails)",
        z -> 1 - Math.tanh(z), "That is 1 - tanh(z): tanh'(z) = 1 - tanh²(z), tanh squared");
  }

  @Test
  @Points(1)
  void reluAndItsDerivative() {
    matches("relu", Submission::relu, z -> Math.max(0, z), "ReLU(z) = max(0, z)");
    matches("reluDerivative", Submission::reluDerivative, z -> z > 0 ? 1 : 0,
        "ReLU'(z) is 1 for z > 0 and 0 otherwise, 0 at z = 0 too");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void tanhAndSigmoidSaturateWithoutNan() {
    String infinity = "e^1000 is Infinity in a double and ∞/∞ is NaN: write tanh(z) = 2σ(2z) - 1, or use Math.tanh";
    assertClose(1.0, Submission.tanh(1000), 1e-12, "tanh(1000)", infinity);
    assertClose(-1.0, Submission.tanh(-1000), 1e-12, "tanh(-1000)", infinity);
    assertClose(1.0, Submission.sigmoid(1000), 1e-12, "sigmoid(1000)", "");
    assertClose(0.0, Submission.sigmoid(-1000), 1e-12, "sigmoid(-1000)", "");
    assertClose(0.0, Submission.tanhDerivative(1000), 1e-12, "tanhDerivative(1000)", "the curve is flat there");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void derivativesAreTheSlopesOfTheFunctions() {
    double h = 1e-5;
    String[] names = {"sigmoid", "tanh", "relu"};
    DoubleUnaryOperator[] f = {Submission::sigmoid, Submission::tanh, Submission::relu};
    DoubleUnaryOperator[] df = {Submission::sigmoidDerivative, Submission::tanhDerivative, Submission::reluDerivative};
    for (int k = 0; k < f.length; k++) {
      for (double z : new double[] {-3.3, -1.1, -0.2, 0.35, 1.7, 4.2}) {
        double slope = (f[k].applyAsDouble(z + h) - f[k].applyAsDouble(z - h)) / (2 * h);
        double got = df[k].applyAsDouble(z);
        assertClose(slope, got, 1e-6, names[k] + "Derivative(" + z + ")", "That is the slope of your " + names[k]
            + " there, measured with a tiny step; the derivative must belong to the function next to it (if the"
            + " function itself fails its own test, fix it first)");
      }
    }
  }
}
