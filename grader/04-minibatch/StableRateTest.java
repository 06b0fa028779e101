import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

/**
 * A run is stable when its final loss is a number below the start loss; the answer is the largest
 * such rate, whatever the order of the rates, and NaN when there is none. Each test's rows are
 * built so that one common slip gives a different answer, which the message then names.
 */
@Exercise("stable-rate")
class StableRateTest {
  private static final double START = 5;

  @Test
  @Points(1)
  void theLargestStableRateNotTheBestOne() {
    double[] rates = {0.1, 0.3, 1, 3};
    double[] losses = {0.2, 0.15, 0.9, Double.NaN};
    expect(1, rates, losses, "the runs at 0.1, 0.3 and 1 ended below the start loss 5 and the one at 3 overflowed"
        + " to NaN");
  }

  @Test
  @Points(0.5)
  void aRunThatGrewIsUnstableEvenIfFinite() {
    double[] rates = {0.1, 1, 3};
    double[] losses = {0.2, 7, Double.POSITIVE_INFINITY};
    expect(0.1, rates, losses, "the run at 1 ended at 7, above the start loss 5 (it grew without overflowing yet),"
        + " and the one at 3 at ∞");
  }

  @Test
  @Points(0.5)
  @Visibility(Visibility.HIDDEN)
  void ratesInAnyOrder() {
    double[] rates = {1, 0.3, 3, 0.1};
    double[] losses = {0.9, 0.15, Double.NaN, 0.2};
    expect(1, rates, losses, "the rates are not sorted: the stable runs are 1, 0.3 and 0.1, the run at 3 overflowed");
  }

  @Test
  @Points(0.5)
  @Visibility(Visibility.HIDDEN)
  void anUnstableRunBetweenStableOnes() {
    double[] rates = {0.1, 0.3, 1, 3};
    double[] losses = {0.6, Double.NaN, 0.2, Double.NaN};
    expect(1, rates, losses, "noise made the run at 0.3 overflow, yet the run at 1 ended at 0.2, below the start"
        + " loss: it is stable, and larger");
  }

  @Test
  @Points(0.5)
  @Visibility(Visibility.HIDDEN)
  void endingWhereItStartedIsNotStable() {
    double[] rates = {0.1, 1};
    double[] losses = {0.3, START};
    expect(0.1, rates, losses, "the run at 1 ended exactly at the start loss 5, which is not lower than it");
    double[] none = {Double.NaN, 8};
    double got = Submission.largestStableRate(new double[] {0.5, 2}, none, START);
    if (!Double.isNaN(got)) {
      fail("with final losses " + Arrays.toString(none) + " for rates [0.5, 2] and start loss 5 no run was stable, so"
          + " largestStableRate should return Double.NaN, but returned " + got + ". What does your method return when"
          + " it finds no stable run?");
    }
  }

  /** Fails with a message naming the likely slip unless largestStableRate gives {@code expected}. */
  private static void expect(double expected, double[] rates, double[] losses, String why) {
    double got = Submission.largestStableRate(rates.clone(), losses.clone(), START);
    if (got == expected) {
      return;
    }
    fail(String.format("for rates %s with final losses %s and start loss %s, %s, so the largest stable rate is %s,"
        + " but largestStableRate returned %s. %s", Arrays.toString(rates), Arrays.toString(losses), START, why,
        expected, got, slip(got, rates, losses)));
  }

  /** Returns the likeliest reason for a wrong answer: the common slips each give a recognizable value. */
  private static String slip(double got, double[] rates, double[] losses) {
    int bestLoss = -1;
    for (int k = 0; k < rates.length; k++) {
      if (Double.isFinite(losses[k]) && (bestLoss < 0 || losses[k] < losses[bestLoss])) {
        bestLoss = k;
      }
    }
    for (int k = 0; k < rates.length; k++) {
      if (got == rates[k]) {
        if (k == bestLoss && rates[k] != Arrays.stream(rates).max().getAsDouble()) {
          return "That is the rate with the lowest final loss: the question is the largest rate that is still stable.";
        }
        if (Double.isNaN(losses[k])) {
          return "That run ended at NaN: a comparison such as loss > startLoss is false for NaN, so a NaN slipped through"
              + " as stable. Which runs count as stable?";
        }
        if (losses[k] == START) {
          return "That run ended exactly at the start loss: is an equal loss lower than the start?";
        }
        if (losses[k] > START) {
          return "That run did not end below the start loss. Is a finite final loss enough to call a run stable?";
        }
        return "That is a stable rate, but not the largest: do you rely on the order of the rates, or stop at the first"
            + " unstable one?";
      }
    }
    if (got == 0 || Double.isNaN(got)) {
      return "Which value does your method keep when it finds a stable run, and what does it start from?";
    }
    return "The answer should be one of the rates, the largest of the stable ones.";
  }
}
