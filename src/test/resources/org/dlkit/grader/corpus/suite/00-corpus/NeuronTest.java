import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("neuron")
class NeuronTest {
  @Test
  @Points(1)
  void forwardIsTanhOfWx() {
    assertEquals(Math.tanh(0.5), Submission.forward(0.5, 1.0), 1e-12, "forward(0.5, 1) should be tanh(0.5)");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void forwardScalesWithX() {
    assertEquals(Math.tanh(-1.5), Submission.forward(0.5, -3.0), 1e-12, "forward(0.5, -3) should be tanh(-1.5)");
  }

  @Test
  @Points(1)
  void backwardAtZeroIsX() {
    assertEquals(2.0, Submission.backward(0.0, 2.0), 1e-9, "at w = 0, dy/dw = (1 - tanh(0)^2) x = x");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void backwardMatchesFiniteDifferences() {
    double w = 0.7;
    double x = 1.3;
    double h = 1e-6;
    double numeric = (Submission.forward(w + h, x) - Submission.forward(w - h, x)) / (2 * h);
    assertEquals(numeric, Submission.backward(w, x), 1e-6, "backward(0.7, 1.3) should match finite differences");
  }
}
