import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("dropout-mask")
class DropoutMaskTest {
  /** Names the usual slip a mask with this share of zeros and this mean shows, for drop probability p. */
  private static String slip(double p, double zeros, double mean) {
    if (zeros == 0 || zeros == 1) {
      return "; every entry was kept or every entry dropped, all together: draw one uniform number per entry";
    }
    if (Math.abs(zeros - (1 - p)) < 0.05 && Math.abs(zeros - p) > 0.05) {
      return "; the mask dropped about 1 - p of the entries: p is the probability of dropping an entry, so an entry"
          + " is kept with probability 1 - p";
    }
    if (Math.abs(mean - (1 - p)) < 0.05) {
      return "; kept entries must be scaled up to 1 / (1 - p), so that the mask's mean is 1";
    }
    return "";
  }

  @Test
  @Points(1)
  void entriesAreZeroOrScaledUp() {
    NdArray mask = Submission.dropoutMask(new int[] {40, 25}, 0.2, new Random(1));
    assertArrayEquals(new int[] {40, 25}, mask.shape(),
        "dropoutMask(new int[] {40, 25}, 0.2, random) should have shape [40, 25], but has " + Arrays.toString(mask.shape()));
    for (double v : mask.toArray()) {
      if (v != 0 && Math.abs(v - 1.25) > 1e-12) {
        fail("with p = 0.2 every entry should be 0 (dropped) or 1/(1 - 0.2) = 1.25 (kept and scaled up), but one is "
            + v + (Math.abs(v - 0.8) < 1e-12 ? "; that is 1 - p: a kept entry is divided by the keep probability, not"
            + " multiplied by it" : slip(0.2, mask.eq(0).mean(), mask.mean())));
      }
    }
    double zeros = mask.eq(0).mean();
    assertEquals(0.2, zeros, 0.05, String.format("with p = 0.2 about 20%% of the 1,000 entries should be 0, but %.1f%%"
        + " are%s", 100 * zeros, slip(0.2, zeros, mask.mean())));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void dropsRoughlyTheFractionP() {
    for (double p : new double[] {0.1, 0.5, 0.8}) {
      NdArray mask = Submission.dropoutMask(new int[] {100_000}, p, new Random(7));
      double zeros = mask.eq(0).mean();
      assertEquals(p, zeros, 0.01, String.format("with p = %s about %.0f%% of 100,000 entries should be 0, but %.1f%% are%s",
          p, 100 * p, 100 * zeros, slip(p, zeros, mask.mean())));
      assertEquals(1.0, mask.mean(), 0.03, String.format("with p = %s the mask's mean should be about 1 (dropout keeps"
          + " the expected value), but is %.4f%s", p, mask.mean(), slip(p, zeros, mask.mean())));
    }
    NdArray none = Submission.dropoutMask(new int[] {3, 4}, 0.0, new Random(3));
    assertTrue(none.equals(NdArray.ones(3, 4)), "with p = 0 nothing is dropped, so the mask should be all ones, but is "
        + none);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void drawsFromTheGivenRandom() {
    NdArray first = Submission.dropoutMask(new int[] {8, 8}, 0.5, new Random(42));
    NdArray again = Submission.dropoutMask(new int[] {8, 8}, 0.5, new Random(42));
    NdArray other = Submission.dropoutMask(new int[] {8, 8}, 0.5, new Random(43));
    assertTrue(first.equals(again), "two calls with new Random(42) should give the same mask; draw the numbers from the"
        + " random passed in, not from a new Random() or Math.random()");
    assertTrue(!first.equals(other), "new Random(42) and new Random(43) gave the same 8×8 mask; draw the numbers from the"
        + " random passed in");
  }
}
