import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("perceptron")
class PerceptronTest {
  @Test
  @Points(1)
  void lectureNeuronSum() {
    double z = Submission.perceptron(new double[] {-1, 2}, new double[] {3, -2}, 1, v -> v);
    assertEquals(-6.0, z, 1e-12, "with g the identity, perceptron(x = (-1, 2), w = (3, -2), b = 1) should return"
        + " z = 1 + 3·(-1) + (-2)·2 = -6, but returned " + z + ". Check that you add the bias once and every w[i]·x[i]");
  }

  @Test
  @Points(1)
  void appliesTheNonlinearity() {
    double expected = 1 / (1 + Math.exp(6));
    double y = Submission.perceptron(new double[] {-1, 2}, new double[] {3, -2}, 1, v -> 1 / (1 + Math.exp(-v)));
    assertEquals(expected, y, 1e-12, "with g the sigmoid, the lecture's neuron at x = (-1, 2) should give σ(-6) = "
        + expected + ", but returned " + y + ". Apply g once, to the whole sum z, and return what it gives");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void anyNumberOfInputs() {
    Random random = new Random(5);
    for (int m : new int[] {1, 3, 7}) {
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
          + " perceptron should return tanh(" + z + ") = " + expected + ", but returned " + y
          + ". Start from the bias and add w[i]·x[i] for all x.length inputs, not a fixed number");
    }
  }
}
