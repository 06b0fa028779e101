import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.util.Arrays;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("descend")
class DescendTest {
  /** Says what to look at when point t of a path is wrong: a missing or shared row, the sign, or where the gradient is taken. */
  private static String pathHint(double[][] path, int t) {
    for (int k = 1; k < path.length; k++) {
      if (path[k] != null && path[k] == path[k - 1]) {
        return "Rows " + (k - 1) + " and " + k + " are the same array, so every row shows the last position: store"
            + " w.clone() after each step.";
      }
    }
    if (t == 1) {
      return "The first step goes from the start against the gradient there: w ← w − η·∇L(w). Is the sign right,"
          + " and does every weight i use its own g[i]?";
    }
    return "The points before it are right: is each step's gradient asked for at the current w rather than at the"
        + " start?";
  }

  private static void assertPoint(double[][] path, int t, double[] expected, double tolerance, String what) {
    assertNotNull(path[t], "point " + t + " of the path is null: steps steps fill the rows 1 to steps, after the start"
        + " in row 0");
    assertArrayEquals(expected, path[t], tolerance, what + " point " + t + " should be " + Arrays.toString(expected)
        + ", but was " + Arrays.toString(path[t]) + ". " + pathHint(path, t));
  }

  @Test
  @Points(1)
  void walksDownTheParabola() {
    // L(w) = w², ∇L = 2w; with η = 0.25 every step halves w.
    double[][] path = Submission.descend(w -> new double[] {2 * w[0]}, new double[] {1}, 0.25, 3);
    assertReturned(path, "descend", "return the path, an array of steps + 1 points");
    assertEquals(4, path.length, "3 steps give 4 points (the start, then one point per step), but the path had "
        + path.length);
    double[] expected = {1, 0.5, 0.25, 0.125};
    for (int t = 0; t < 4; t++) {
      assertPoint(path, t, new double[] {expected[t]}, 1e-12, "on L(w) = w² from w = 1 with η = 0.25 (each step is"
          + " w ← w − η·2w, halving w),");
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void shrinksEachCoordinateByOneMinusEtaLambda() {
    double a = 0.05;
    double b = 2;
    double lr = 0.95;
    double[][] path = Submission.descend(w -> new double[] {a * w[0], b * w[1]}, new double[] {-4.5, 1.5}, lr, 40);
    assertEquals(41, path.length, "40 steps give 41 points, but the path had " + path.length);
    for (int t = 0; t <= 40; t++) {
      double[] expected = {-4.5 * Math.pow(1 - lr * a, t), 1.5 * Math.pow(1 - lr * b, t)};
      assertPoint(path, t, expected, 1e-9, "on the bowl ½(0.05 w1² + 2 w2²) with η = 0.95, where each coordinate"
          + " shrinks by (1 − η a) and (1 − η b) per step,");
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void keepsTheStartAndCopiesEveryPoint() {
    double[] start = {3, -2};
    double[][] path = Submission.descend(w -> new double[] {w[0], w[1]}, start, 0.5, 2);
    assertArrayEquals(new double[] {3, -2}, start, 0.0,
        "descend changed the caller's start array; work on a copy (start.clone())");
    assertArrayEquals(new double[] {3, -2}, path[0], 0.0, "the path should begin with the start point (3, -2), but "
        + "began with " + Arrays.toString(path[0]));
    assertNotSame(start, path[0], "path[0] is the caller's start array itself; store a copy");
    assertNotSame(path[1], path[2], "path[1] and path[2] are the same array, so every point shows the last position;"
        + " store w.clone() after each step");
    assertPoint(path, 1, new double[] {1.5, -1}, 1e-12, "with ∇L = w and η = 0.5 from (3, -2),");
  }
}
