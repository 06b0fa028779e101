import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("gradient-descent")
class GradientDescentTest {
  @Test
  @Points(1)
  void lineGradientAtTheOrigin() {
    double[] g = Submission.lineGradient(0, 0, new double[] {0, 1, 2}, new double[] {1, 3, 5});
    assertNotNull(g, "lineGradient returned null");
    assertEquals(2, g.length, "lineGradient should return two numbers, (∂J/∂w0, ∂J/∂w1), but returned " + g.length);
    assertArrayEquals(new double[] {-6, -26.0 / 3}, g, 1e-9, "lineGradient(w0 = 0, w1 = 0, x = [0, 1, 2], y = [1, 3, 5])"
        + " should be (2/3 · (-1 - 3 - 5), 2/3 · (-1·0 - 3·1 - 5·2)) = (-6, -8.667) but was " + Arrays.toString(g)
        + ". Residuals r_i = w0 + w1 x_i - y_i; ∂J/∂w0 = (2/n) Σ r_i and ∂J/∂w1 = (2/n) Σ r_i x_i");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void lineGradientIsTheSlopeOfTheLoss() {
    Random random = new Random(8);
    double[] x = new double[12];
    double[] y = new double[12];
    for (int i = 0; i < x.length; i++) {
      x[i] = 3 * random.nextDouble();
      y[i] = 1 - 2 * x[i] + 0.1 * random.nextGaussian();
    }
    double h = 1e-6;
    for (double[] w : new double[][] {{0.5, -1}, {-2, 3}, {1.2, 0.4}}) {
      double[] g = Submission.lineGradient(w[0], w[1], x, y);
      double d0 = (loss(w[0] + h, w[1], x, y) - loss(w[0] - h, w[1], x, y)) / (2 * h);
      double d1 = (loss(w[0], w[1] + h, x, y) - loss(w[0], w[1] - h, x, y)) / (2 * h);
      assertArrayEquals(new double[] {d0, d1}, g, 1e-5, "at (w0, w1) = " + Arrays.toString(w) + " on 12 points, the"
          + " measured slopes of J are " + Arrays.toString(new double[] {d0, d1}) + " but lineGradient returned "
          + Arrays.toString(g) + ". Divide by the number of points n, and multiply by x_i only in ∂J/∂w1");
    }
  }

  private static double loss(double w0, double w1, double[] x, double[] y) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double r = w0 + w1 * x[i] - y[i];
      sum += r * r;
    }
    return sum / x.length;
  }

  @Test
  @Points(1)
  void descentOnTheParabola() {
    // J(w) = w², ∇J = 2w: every step multiplies w by (1 - 2η).
    double[][] path = Submission.gradientDescent(new double[] {1}, 0.1, 3, w -> new double[] {2 * w[0]});
    assertNotNull(path, "gradientDescent returned null");
    assertEquals(4, path.length, "3 steps visit 4 points (the start, then one per step), but the path has "
        + path.length);
    double[] expected = {1, 0.8, 0.64, 0.512};
    for (int t = 0; t < expected.length; t++) {
      assertEquals(expected[t], path[t][0], 1e-12, "on J(w) = w² from w = 1 with η = 0.1, point " + t
          + " should be " + expected[t] + " but was " + path[t][0] + ". Each step is w - η ∇J(w), starting from the start,"
          + " and each point needs its own array (reusing one array makes every row the last point)");
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void descentInTwoDimensionsKeepsEveryPoint() {
    double[] start = {3, -2};
    // J = w0² + 10 w1², ∇J = (2 w0, 20 w1)
    double[][] path = Submission.gradientDescent(start, 0.05, 10, w -> new double[] {2 * w[0], 20 * w[1]});
    assertArrayEquals(new double[] {3, -2}, start, "gradientDescent changed the start array; copy it instead");
    assertEquals(11, path.length, "10 steps visit 11 points, but the path has " + path.length);
    double w0 = 3;
    double w1 = -2;
    for (int t = 0; t <= 10; t++) {
      assertArrayEquals(new double[] {w0, w1}, path[t], 1e-12, "on J = w0² + 10 w1² with η = 0.05, point " + t
          + " should be (" + w0 + ", " + w1 + ") but was " + Arrays.toString(path[t])
          + ". Keep every point in its own array: reusing one array makes all rows the last point");
      w0 -= 0.05 * 2 * w0;
      w1 -= 0.05 * 20 * w1;
    }
    assertNotSame(path[0], start, "path[0] should be a copy of start, not the start array itself");
  }
}
