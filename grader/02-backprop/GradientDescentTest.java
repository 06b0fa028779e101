import static org.dlkit.exercise.GraderAssertions.assertReturned;
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
  /** Names the usual mistake when {@code g} is the true gradient {@code want} of n points scaled, negated or mixed up. */
  private static String gradientHint(double[] g, double[] want, int n, double[] x, double[] y, double w0, double w1) {
    double intercept = 0;
    for (int i = 0; i < n; i++) {
      double r = w0 + w1 * x[i] - y[i];
      intercept += 2 * r * x[i] / n;
    }
    if (close(g, scale(want, 0.5))) {
      return "That is half the gradient: the derivative of r² is 2r, keep the 2.";
    }
    if (close(g, scale(want, n))) {
      return "That is the sum over the " + n + " points: J is a mean, so divide by n.";
    }
    if (close(g, scale(want, -1))) {
      return "That has the wrong sign: the residual is r = w0 + w1 x_i - y_i (prediction minus target).";
    }
    if (Math.abs(g[0] - intercept) < 1e-9 && Math.abs(want[0] - intercept) > 1e-9) {
      return "Its first component is multiplied by x_i: ∂r/∂w0 = 1, so ∂J/∂w0 = (2/n) Σ r_i, without x_i.";
    }
    return "Residuals r_i = w0 + w1 x_i - y_i; ∂J/∂w0 = (2/n) Σ r_i and ∂J/∂w1 = (2/n) Σ r_i x_i.";
  }

  private static double[] scale(double[] v, double factor) {
    return new double[] {v[0] * factor, v[1] * factor};
  }

  private static boolean close(double[] a, double[] b) {
    return a != null && a.length == 2 && Math.abs(a[0] - b[0]) < 1e-9 * Math.max(1, Math.abs(b[0]))
        && Math.abs(a[1] - b[1]) < 1e-9 * Math.max(1, Math.abs(b[1]));
  }

  @Test
  @Points(1)
  void lineGradientAtTheOrigin() {
    double[] g = Submission.lineGradient(0, 0, new double[] {0, 1, 2}, new double[] {1, 3, 5});
    assertReturned(g, "lineGradient", "");
    assertEquals(2, g.length, "lineGradient should return two numbers, (∂J/∂w0, ∂J/∂w1), but returned " + g.length);
    assertArrayEquals(new double[] {-6, -26.0 / 3}, g, 1e-9, "lineGradient(w0 = 0, w1 = 0, x = [0, 1, 2], y = [1, 3, 5])"
        + " should be (2/3 · (-1 - 3 - 5), 2/3 · (-1·0 - 3·1 - 5·2)) = (-6, -8.667) but was " + Arrays.toString(g)
        + ". " + gradientHint(g, new double[] {-6, -26.0 / 3}, 3, new double[] {0, 1, 2}, new double[] {1, 3, 5}, 0, 0));
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
          + Arrays.toString(g) + ". " + gradientHint(g, new double[] {d0, d1}, 12, x, y, w[0], w[1]));
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

  /** Says what to look at when point t of a path is wrong: a shared row, the direction, or the point the gradient is taken at. */
  private static String pathHint(double[][] path, int t) {
    for (int k = 1; k < path.length; k++) {
      if (path[k] == path[k - 1]) {
        return "Rows " + (k - 1) + " and " + k + " are the same array, so they show the same (last) point: give every"
            + " point its own array.";
      }
    }
    if (t == 1) {
      return "The first step goes from the start against the gradient there, w - η ∇J(w): is the sign right?";
    }
    return "The first point" + (t > 1 ? "s are" : " is") + " right but this one is not: is each step's gradient"
        + " asked for at the latest point, path[t], rather than at the start?";
  }

  @Test
  @Points(1)
  void descentOnTheParabola() {
    // J(w) = w², ∇J = 2w: every step multiplies w by (1 - 2η).
    double[][] path = Submission.gradientDescent(new double[] {1}, 0.1, 3, w -> new double[] {2 * w[0]});
    assertReturned(path, "gradientDescent", "");
    assertEquals(4, path.length, "3 steps visit 4 points (the start, then one per step), but the path has "
        + path.length);
    double[] expected = {1, 0.8, 0.64, 0.512};
    for (int t = 0; t < expected.length; t++) {
      assertNotNull(path[t], "point " + t + " of the path is null: fill all steps + 1 rows, the start first");
      assertEquals(expected[t], path[t][0], 1e-12, "on J(w) = w² from w = 1 with η = 0.1, point " + t
          + " should be " + expected[t] + " but was " + path[t][0] + ". " + pathHint(path, t));
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
      assertNotNull(path[t], "point " + t + " of the path is null: fill all steps + 1 rows, the start first");
      assertArrayEquals(new double[] {w0, w1}, path[t], 1e-12, "on J = w0² + 10 w1² with η = 0.05, point " + t
          + " should be (" + w0 + ", " + w1 + ") but was " + Arrays.toString(path[t]) + ". " + pathHint(path, t));
      w0 -= 0.05 * 2 * w0;
      w1 -= 0.05 * 20 * w1;
    }
    assertNotSame(path[0], start, "path[0] should be a copy of start, not the start array itself");
  }
}
