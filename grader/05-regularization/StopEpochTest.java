import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("stop-epoch")
class StopEpochTest {
  /**
   * Replays {@code losses} with the student's earlyStop and fails unless it gives {@code best} and
   * {@code stopped}; {@code why} explains the expected answer, and the hint names the slip whose
   * answer the student's matches.
   */
  private static void assertStop(double[] losses, int patience, int best, int stopped, String why) {
    Submission.StopPoint stop = Submission.earlyStop(losses, patience);
    assertReturned(stop, "earlyStop", "return new StopPoint(bestEpoch, stoppedEpoch)");
    if (stop.bestEpoch() == best && stop.stoppedEpoch() == stopped) {
      return;
    }
    String hint = Slips.hint(losses, patience, stop.bestEpoch(), stop.stoppedEpoch());
    fail(String.format("for validation losses %s with patience %d, %s: early stopping keeps epoch %d and stops at %s,"
        + " but earlyStop gave bestEpoch %d and stoppedEpoch %d%s", Arrays.toString(losses), patience, why, best,
        stopped < 0 ? "no epoch (-1)" : "epoch " + stopped, stop.bestEpoch(), stop.stoppedEpoch(),
        hint.isEmpty() ? "" : ". " + hint));
  }

  @Test
  @Points(1)
  void worseBetterWorseWorse() {
    assertStop(new double[] {1.0, 1.2, 0.8, 0.9, 0.85, 0.95, 0.7}, 3, 3, 6, "epoch 2 is worse, epoch 3 improves (0.8),"
        + " and epochs 4, 5 and 6 are three in a row without improving on it (epochs count from 1)");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void neverStopsWhenPatienceIsNotUsedUp() {
    assertStop(new double[] {1.0, 0.9, 0.8, 0.85}, 2, 3, -1, "only one epoch fails to improve, so training never stops");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void anEqualLossIsNoImprovement() {
    assertStop(new double[] {1.0, 0.5, 0.5, 0.5, 0.4}, 2, 2, 4, "epochs 3 and 4 only tie the best loss 0.5, which is"
        + " no (strict) improvement, so they use up the patience");
  }

  @Test
  @Points(0.5)
  @Visibility(Visibility.HIDDEN)
  void patienceOneStopsAtTheFirstSetback() {
    assertStop(new double[] {0.3, 0.2, 0.25, 0.1, 0.05}, 1, 2, 3, "epoch 3 is the first without improvement, and the"
        + " epochs after the stop never happen");
  }

  @Test
  @Points(0.5)
  @Visibility(Visibility.HIDDEN)
  void theFirstEpochCanBeTheBest() {
    assertStop(new double[] {0.5, 0.6, 0.7, 0.8}, 3, 1, 4, "nothing ever beats the first epoch's 0.5");
  }

  /** The usual slips in replaying early stopping, each as the answer it would give, to name the one a wrong answer matches. */
  private static final class Slips {
    private Slips() {}

    static String hint(double[] losses, int patience, int best, int stopped) {
      List<String> slips = new ArrayList<>();
      if (matches(losses, patience, best, stopped, false, true, 0)) {
        slips.add("the count of epochs without improvement must start again from 0 whenever the loss improves: these"
            + " are epochs in a row");
      }
      if (matches(losses, patience, best, stopped, true, false, 0)) {
        slips.add("an equal loss counted as an improvement: only a strictly lower loss is one (<, not <=)");
      }
      if (matches(losses, patience, best, stopped, false, false, 1)) {
        slips.add("that is one epoch too late: training stops at the end of the epoch whose count reaches patience");
      }
      if (matches(losses, patience, best + 1, stopped, false, false, 0)) {
        slips.add("the best epoch is off by one: valLoss[0] is epoch 1");
      }
      if (!slips.isEmpty()) {
        String joined = String.join("; or ", slips);
        return (slips.size() > 1 ? "Either " : "") + Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
      }
      if (best < 1) {
        return "Every run has a best epoch, the first one at least: the first epoch always improves on the best loss"
            + " so far (none yet, +∞)";
      }
      int stop = stopped < 0 ? losses.length : stopped;
      for (int e = stop; e < losses.length; e++) {
        if (e + 1 == best) {
          return "The best epoch was taken from epochs after the stop, which never happen";
        }
      }
      if (stopped == losses.length) {
        return "When the patience is never used up, stoppedEpoch is -1";
      }
      return "";
    }

    /** Returns whether a replay with the given slips gives best and stopped. */
    private static boolean matches(double[] losses, int patience, int best, int stopped, boolean lessOrEqual,
        boolean neverReset, int late) {
      double bestLoss = Double.POSITIVE_INFINITY;
      int bestEpoch = -1;
      int waited = 0;
      for (int i = 0; i < losses.length; i++) {
        if (lessOrEqual ? losses[i] <= bestLoss : losses[i] < bestLoss) {
          bestLoss = losses[i];
          bestEpoch = i + 1;
          if (!neverReset) {
            waited = 0;
          }
        } else if (++waited >= patience + late) {
          return best == bestEpoch && stopped == i + 1;
        }
      }
      return best == bestEpoch && stopped == -1;
    }
  }
}
