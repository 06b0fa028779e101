import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import org.dlkit.data.Dataset;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("gradient")
class GradientTest {
  @Test
  @Points(1)
  void oneExample() {
    double[] g = Submission.gradient(NdArray.of(new double[][] {{1, 2}}), NdArray.of(1), new double[] {1, 1});
    assertNotNull(g, "gradient returned null; return one partial derivative per weight");
    assertArrayEquals(new double[] {2, 4}, g, 1e-12, "for x = (1, 2), y = 1 and w = (1, 1) the error is w·x − y = 2, "
        + "so the gradient is 2·x = (2, 4), but was " + Arrays.toString(g));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void averagesOverTheRows() {
    Dataset data = LineData.of(7, 3, 21);
    double[] w = {0.3, -1.2, 2.5};
    double[] expected = LineData.gradient(data, w);
    double[] g = Submission.gradient(data.features(), data.targets(), w);
    assertArrayEquals(expected, g, 1e-10, "over 7 rows with 3 features the gradient should be the mean of the rows' "
        + "(w·x_i − y_i) x_i, " + Arrays.toString(expected) + ", but was " + Arrays.toString(g)
        + "; divide the sum by the number of rows, not by the number of weights");
  }
}
