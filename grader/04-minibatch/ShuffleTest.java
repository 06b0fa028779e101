import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("shuffle")
class ShuffleTest {
  @Test
  @Points(1)
  void returnsEveryIndexOnce() {
    for (int n : new int[] {1, 2, 10, 100}) {
      int[] order = Submission.shuffledOrder(n, new Random(n));
      assertReturned(order, "shuffledOrder", "return an array of the n indices");
      assertEquals(n, order.length, "shuffledOrder(" + n + ", random) should return " + n + " indices, but returned "
          + order.length);
      int[] sorted = order.clone();
      Arrays.sort(sorted);
      for (int i = 0; i < n; i++) {
        assertEquals(i, sorted[i], "shuffledOrder(" + n + ", random) should hold each of 0.." + (n - 1)
            + " exactly once, but returned " + Arrays.toString(order));
      }
    }
  }

  @Test
  @Points(1)
  void drawsFromTheRandomItIsGiven() {
    int[] a = Submission.shuffledOrder(20, new Random(1));
    int[] b = Submission.shuffledOrder(20, new Random(1));
    int[] c = Submission.shuffledOrder(20, new Random(2));
    assertArrayEquals(a, b, "the same seed should give the same order (draw only from the random you are given), "
        + "but two calls with new Random(1) gave " + Arrays.toString(a) + " and " + Arrays.toString(b));
    assertFalse(Arrays.equals(a, c), "seeds 1 and 2 gave the same order " + Arrays.toString(a)
        + "; the order should come from the random you are given");
    int[] identity = new int[20];
    Arrays.setAll(identity, i -> i);
    assertFalse(Arrays.equals(a, identity), "the order came back unshuffled: " + Arrays.toString(a));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void everyOrderIsEquallyLikely() {
    // 24 orders of 4 items, 24,000 shuffles: about 1,000 each. The chi-square statistic of a uniform
    // shuffle has 23 degrees of freedom (mean 23); 70 is far out in its tail (p < 1e-5), while the
    // "swap with any position" shuffle scores in the hundreds.
    Random random = new Random(2024);
    Map<String, Integer> counts = new HashMap<>();
    int shuffles = 24_000;
    for (int k = 0; k < shuffles; k++) {
      int[] order = Submission.shuffledOrder(4, random);
      if (!OwnParts.isPermutation(order, 4)) {
        fail("a shuffle of 4 items should hold each of 0..3 exactly once, but one came out as " + Arrays.toString(order));
      }
      counts.merge(Arrays.toString(order), 1, Integer::sum);
    }
    if (counts.size() < 24) {
      String hint = counts.containsKey("[0, 1, 2, 3]")
          ? "some orders can never come out: does the loop run all the way down to i = 1, so that the first two"
              + " positions are shuffled too?"
          : "the order that leaves every item in place never came out, nor any other that keeps an item where it was:"
              + " can j equal i? Draw j from 0..i";
      fail("24,000 shuffles of 4 items should produce all 24 orders, but produced only " + counts.size() + "; " + hint);
    }
    double expected = shuffles / 24.0;
    double chiSquare = 0;
    for (int count : counts.values()) {
      chiSquare += (count - expected) * (count - expected) / expected;
    }
    int least = counts.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    assertTrue(chiSquare < 70, String.format("over 24,000 shuffles of 4 items each of the 24 orders should come out "
        + "about 1,000 times, but the counts ranged from %d to %d (chi-square %.0f, expected about 23), so some orders"
        + " are favoured. Which positions may j be drawn from when it is swapped with position i?", least, most,
        chiSquare));
  }
}
