import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.optim.Rmsprop;
import org.junit.jupiter.api.Test;

@Exercise("rmsprop")
class RmspropTest {
  @Test
  @Points(1)
  void firstStepDividesByTheRootMeanSquare() {
    Submission.RmspropRule rule = new Submission.RmspropRule(0.01, 0.9);
    double[] w = {1};
    rule.step(w, new double[] {2});
    // s = 0.1 · 4 = 0.4, step = 0.01 · 2 / (√0.4 + 1e-8)
    double expected = 1 - 0.01 * 2 / (Math.sqrt(0.4) + 1e-8);
    String hint = "";
    if (Math.abs(w[0] - (1 - 0.01 * 2 / Math.sqrt(0.4 + 1e-8))) < 1e-13) {
      hint = ". That puts ε inside the square root, √(s + ε): this lab (like PyTorch and dlkit) adds it outside,"
          + " √s + ε";
    } else if (Math.abs(w[0] - (1 - 0.01 * 2 / Math.sqrt(0.4))) < 1e-13) {
      hint = ". That divides by √s alone: add ε = 1e-8 to the denominator, √s + ε";
    } else if (Math.abs(w[0] - (1 - 0.01 * 2 / (0.4 + 1e-8))) < 1e-12) {
      hint = ". That divides by s + ε: the denominator is the root mean square, √s + ε";
    } else if (Math.abs(w[0] - (1 - 0.01 * 2 / 1e-8)) < 1e-3) {
      hint = ". That divides by √0 + ε: update meanSquare[i] with the new g² before dividing by its root";
    } else if (Math.abs(w[0] - (1 - 0.01 * 2 / (Math.sqrt(3.6) + 1e-8))) < 1e-12) {
      hint = ". That is s = αg² = 3.6: α weighs the old average and (1 − α) the new square, s ← αs + (1 − α)g²";
    } else if (Math.abs(w[0] - (1 - 0.01 * 2 / (2 + 1e-8))) < 1e-12) {
      hint = ". That is s = g² = 4: the new square enters with the weight (1 − α), s ← αs + (1 − α)g²";
    }
    assertEquals(expected, w[0], 1e-13, String.format("s starts at 0, so after one step s = (1 − α)g² = 0.4 and w "
        + "moves by η·g / (√s + ε) = %.10f; w should be %.12f, but was %.12f%s", 1 - expected, expected, w[0], hint));
    assertArrayEquals(new double[] {0.4}, rule.meanSquare, 1e-12, "after one step with g = 2 and α = 0.9, "
        + "meanSquare should be (1 − α)g² = 0.4, but was " + Arrays.toString(rule.meanSquare));
  }

  @Test
  @Points(1)
  void givesEveryWeightItsOwnStepSize() {
    Submission.RmspropRule rule = new Submission.RmspropRule(0.1, 0.99);
    double[] w = {0, 0};
    rule.step(w, new double[] {500, 0.002});
    assertEquals(Math.abs(w[0]), Math.abs(w[1]), 1e-3, "gradients 500 and 0.002 differ 250,000-fold, yet after "
        + "dividing by each weight's own √s both weights should move the same distance η/√(1 − α) ≈ 1; they moved "
        + Math.abs(w[0]) + " and " + Math.abs(w[1]) + ". Use each weight's own meanSquare[i]");
    assertEquals(-0.1 / Math.sqrt(0.01), w[0], 1e-6, "the first step should be −η·g/√((1 − α)g²) = −η/√(1 − α) "
        + "= -1 for a positive gradient, but w moved to " + w[0]);
  }

  /** A zero first gradient leaves its weight alone, and a tiny one moves it by about η·g/ε (ε outside the root). */
  private static void zeroAndTinyGradients() {
    Submission.RmspropRule rule = new Submission.RmspropRule(0.1, 0.9);
    double[] w = {1, 1};
    rule.step(w, new double[] {0, 1e-9});
    assertEquals(1, w[0], 0.0, "a weight whose first gradient is 0 must not move (0 / (√0 + ε) = 0), but it moved to "
        + w[0] + (Double.isNaN(w[0]) ? ": that is 0 / 0, so the denominator needs its ε, √s + ε" : ""));
    double expected = 1 - 0.1 * 1e-9 / (Math.sqrt(0.1 * 1e-18) + 1e-8);
    assertEquals(expected, w[1], 1e-12, String.format("with a first gradient of 1e-9, √s = 3.2e-10 is smaller than"
        + " ε = 1e-8, so the step is η·g / (√s + ε) ≈ %.3g and w should be %.12f, but it was %.12f. Add ε outside the"
        + " square root, as the text says: inside, √(s + ε) = 1e-4 shrinks small steps 10,000-fold", 1 - expected,
        expected, w[1]));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void matchesDlkitRmspropEvenForZeroGradients() {
    zeroAndTinyGradients();
    Submission.RmspropRule rule = new Submission.RmspropRule(0.05, 0.9);
    Bowl.replay(rule::step, p -> Rmsprop.builder(p).learningRate(0.05).alpha(0.9).build(),
        "dlkit's Rmsprop with η = 0.05 and α = 0.9", 30);
  }
}
