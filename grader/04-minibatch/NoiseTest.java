import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.dlkit.data.Dataset;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("noise")
class NoiseTest {
  @Test
  @Points(1)
  void theFullBatchHasNoNoise() {
    Dataset data = LineData.of(30, 2, 3);
    double noise = Submission.gradientNoise(data, new double[] {0.5, 0.5}, 30, 5, new Random(1));
    assertEquals(0, noise, 1e-20, "a batch of all 30 examples is the full dataset, so its gradient equals the full "
        + "gradient and the noise should be 0, but was " + noise);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void matchesTheSamplingFormula() {
    Dataset data = LineData.of(20, 2, 5);
    double[] w = {0, 0};
    double[] full = LineData.gradient(data, w);
    double sigma2 = 0;
    for (int i = 0; i < data.size(); i++) {
      double[] g = LineData.gradient(data.subset(i), w);
      sigma2 += ((g[0] - full[0]) * (g[0] - full[0]) + (g[1] - full[1]) * (g[1] - full[1])) / data.size();
    }
    for (int b : new int[] {1, 5}) {
      double expected = sigma2 / b * (20.0 - b) / 19.0;
      double noise = Submission.gradientNoise(data, w, b, 4000, new Random(b));
      assertTrue(Math.abs(noise - expected) < 0.1 * expected, String.format("for batches of %d distinct examples out "
          + "of 20 the mean squared distance to the full gradient should be σ²/b·(N − b)/(N − 1) = %.4f, but 4,000 "
          + "trials gave %.4f. Average Σ_j (g_B[j] − ∇L[j])² over the trials, with batches of distinct examples",
          b, expected, noise));
    }
  }
}
