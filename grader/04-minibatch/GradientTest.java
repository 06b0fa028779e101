import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.dlkit.data.Dataset;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("gradient")
class GradientTest {
  /**
   * Fails unless g is the mean gradient {@code expected}; the message names the usual slip when g is
   * instead the sum over the rows, the sum divided by the number of weights, the negated gradient or
   * the mean of the errors without the factor x_i.
   */
  private static void assertMeanGradient(String what, double[] expected, double[] g, int rows, double meanError) {
    assertReturned(g, "gradient", "return one partial derivative per weight");
    assertEquals(expected.length, g.length, "gradient should return one number per weight (" + expected.length
        + "), but returned " + g.length);
    if (same(expected, g)) {
      return;
    }
    int d = expected.length;
    String hint;
    if (same(scaled(expected, rows), g)) {
      hint = "that is the sum over the " + rows + " rows; the gradient of a mean loss is the mean: divide the sum by"
          + " the number of rows m";
    } else if (same(scaled(expected, (double) rows / d), g)) {
      hint = "that is the sum divided by the number of weights d = " + d + "; average over the rows (m = " + rows
          + "), the first axis of x";
    } else if (same(scaled(expected, -1), g)) {
      hint = "every sign is flipped: the error is the prediction minus the target, w·x_i − y_i";
    } else if (allEqual(g, meanError)) {
      hint = "every entry is the mean error; each row's error is multiplied by that row's x_i[j] for weight j";
    } else {
      hint = "compute each row's own error w·x_i − y_i (start it afresh for every row), add error · x_i[j] into g[j],"
          + " and divide by m once, after the loop over the rows";
    }
    fail(what + " the gradient (1/m) Σ (w·x_i − y_i) x_i should be " + Arrays.toString(expected) + ", but was "
        + Arrays.toString(g) + ": " + hint);
  }

  private static double[] scaled(double[] v, double factor) {
    return Arrays.stream(v).map(x -> x * factor).toArray();
  }

  /** Returns whether a and b agree entry by entry to within 1e-9 (relative to the entry's size, or absolute near 0). */
  private static boolean same(double[] a, double[] b) {
    if (a.length != b.length) {
      return false;
    }
    for (int j = 0; j < a.length; j++) {
      if (Math.abs(a[j] - b[j]) > 1e-9 * Math.max(1, Math.abs(a[j]))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allEqual(double[] g, double value) {
    return Arrays.stream(g).allMatch(x -> Math.abs(x - value) < 1e-9);
  }

  @Test
  @Points(1)
  void threeRowsTwoWeights() {
    double[][] x = {{1, 2}, {3, -1}, {0, 1}};
    double[] y = {1, 0, 2};
    double[] g = Submission.gradient(NdArray.of(x), NdArray.of(y), new double[] {1, 1});
    // the rows' errors w·x_i − y_i are 2, 2 and -1, so the sum of error · x_i is (8, 1)
    assertMeanGradient("for x = " + Arrays.deepToString(x) + ", y = " + Arrays.toString(y) + " and w = (1, 1) the"
        + " rows' errors are 2, 2 and -1, so", new double[] {8.0 / 3, 1.0 / 3}, g, 3, 1.0);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void averagesOverTheRows() {
    Dataset data = LineData.of(7, 3, 21);
    double[] w = {0.3, -1.2, 2.5};
    double[] expected = LineData.gradient(data, w);
    double[][] x = data.features().toArray2d();
    double[] y = data.targets().toArray();
    double meanError = 0;
    for (int i = 0; i < x.length; i++) {
      meanError += (w[0] * x[i][0] + w[1] * x[i][1] + w[2] * x[i][2] - y[i]) / x.length;
    }
    double[] g = Submission.gradient(data.features(), data.targets(), w);
    assertMeanGradient("over 7 rows with 3 features", expected, g, 7, meanError);
  }
}
