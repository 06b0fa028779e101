import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.dlkit.data.Dataset;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

/**
 * The tests replay the text's recipe with the student's own shuffledOrder and gradient (see
 * {@link OwnParts#noise}), so that only a mistake in gradientNoise itself costs points here.
 */
@Exercise("noise")
class NoiseTest {
  @Test
  @Points(1)
  void theFullBatchHasNoNoise() {
    Dataset data = LineData.of(30, 2, 3);
    double[] w = {0.5, 0.5};
    double noise = Submission.gradientNoise(data, w, 30, 5, new Random(1));
    double recipe = OwnParts.noise(data, w, 30, 5, 1, null);
    if (Math.abs(noise) < 1e-12 || OwnParts.close(recipe, noise, 1e-9)) {
      return;
    }
    fail("a batch of all 30 distinct examples is the whole dataset, so its gradient is the full gradient and the noise"
        + " should be 0, but was " + noise + ". Does every batch hold distinct examples, the first batchSize entries of"
        + " shuffledOrder(data.size(), random)?");
  }

  @Test
  @Points(0.5)
  @Visibility(Visibility.HIDDEN)
  void followsTheRecipe() {
    Dataset data = LineData.of(12, 2, 7);
    double[] w = {0.2, -0.4};
    if (!OwnParts.shuffleRepeats()) {
      // the student's shuffledOrder ignores its random, so no run can be replayed: check the average instead
      assertNearTheFormula(data, w, 4, 2000);
      return;
    }
    int trials = 3;
    double[] perTrial = new double[trials];
    double expected = OwnParts.noise(data, w, 4, trials, 11, perTrial);
    double noise = Submission.gradientNoise(data, w, 4, trials, new Random(11));
    if (OwnParts.close(expected, noise, 1e-9)) {
      return;
    }
    double total = expected * trials;
    String hint;
    if (OwnParts.close(total / (trials - 1), noise, 1e-9)) {
      hint = "the total was divided by trials − 1; the estimate is the mean over the trials, so divide by trials";
    } else if (OwnParts.close(total / 4, noise, 1e-9)) {
      hint = "the total was divided by the batch size; the estimate is the mean over the trials, so divide by trials";
    } else if (OwnParts.close(perTrial[0], noise, 1e-9)) {
      hint = "that is the first trial's squared distance alone: every trial measured the same batch. Draw a new batch"
          + " (a new shuffledOrder) inside the loop over the trials";
    } else {
      hint = "for each trial take the first batchSize entries of shuffledOrder(data.size(), random) as the batch, add"
          + " the squared distance Σ_j (g_B[j] − ∇L[j])² of its gradient to the full one (squared, not the distance"
          + " itself, and each difference squared before summing), then divide the total by trials";
    }
    fail(String.format("with 3 trials of batches of 4 out of 12 examples (new Random(11)) the trials' squared"
        + " distances ‖g_B − ∇L‖² are %.6f, %.6f and %.6f, so the estimate should be their mean %.6f, but"
        + " gradientNoise gave %.6f: %s", perTrial[0], perTrial[1], perTrial[2], expected, noise, hint));
  }

  /** Fails unless gradientNoise over many trials is within 10% of σ²/b·(N − b)/(N − 1). */
  private static void assertNearTheFormula(Dataset data, double[] w, int b, int trials) {
    int n = data.size();
    double[] full = LineData.gradient(data, w);
    double sigma2 = 0;
    for (int i = 0; i < n; i++) {
      double[] g = LineData.gradient(data.subset(i), w);
      sigma2 += ((g[0] - full[0]) * (g[0] - full[0]) + (g[1] - full[1]) * (g[1] - full[1])) / n;
    }
    double expected = sigma2 / b * (n - b) / (n - 1.0);
    double noise = Submission.gradientNoise(data, w, b, trials, new Random(b));
    assertTrue(Math.abs(noise - expected) < 0.1 * expected, String.format("for batches of %d distinct examples out"
        + " of %d the mean squared distance to the full gradient should be σ²/b·(N − b)/(N − 1) = %.4f, but %,d"
        + " trials gave %.4f. Average Σ_j (g_B[j] − ∇L[j])² over the trials, with batches of distinct examples", b, n,
        expected, trials, noise));
  }

  @Test
  @Points(0.5)
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
      boolean recipe = OwnParts.close(OwnParts.noise(data, w, b, 4000, b, null), noise, 1e-9);
      assertTrue(recipe || Math.abs(noise - expected) < 0.1 * expected, String.format("for batches of %d distinct"
          + " examples out of 20 the mean squared distance to the full gradient should be σ²/b·(N − b)/(N − 1) ="
          + " %.4f, but 4,000 trials gave %.4f. Average Σ_j (g_B[j] − ∇L[j])² over the trials, with batches of"
          + " distinct examples", b, expected, noise));
    }
  }
}
