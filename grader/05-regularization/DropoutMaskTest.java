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
  @Test
  @Points(1)
  void entriesAreZeroOrScaledUp() {
    NdArray mask = Submission.dropoutMask(new int[] {40, 25}, 0.2, new Random(1));
    assertArrayEquals(new int[] {40, 25}, mask.shape(),
        "dropoutMask(new int[] {40, 25}, 0.2, random) should have shape [40, 25], but has " + Arrays.toString(mask.shape()));
    for (double v : mask.toArray()) {
      if (v != 0 && Math.abs(v - 1.25) > 1e-12) {
        fail("with p = 0.2 every entry should be 0 (dropped) or 1/(1 - 0.2) = 1.25 (kept and scaled up), but one is "
            + v + "; kept entries are divided by the keep probability 1 - p");
      }
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void dropsRoughlyTheFractionP() {
    for (double p : new double[] {0.1, 0.5, 0.8}) {
      NdArray mask = Submission.dropoutMask(new int[] {100_000}, p, new Random(7));
      double zeros = mask.eq(0).mean();
      assertEquals(p, zeros, 0.01, String.format("with p = %s about %.0f%% of 100,000 entries should be 0, but %.1f%% are;"
          + " an entry is dropped with probability p, not 1 - p", p, 100 * p, 100 * zeros));
      assertEquals(1.0, mask.mean(), 0.03, String.format("with p = %s the mask's mean should be about 1 (dropout keeps"
          + " the expected value), but is %.4f", p, mask.mean()));
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
