import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Arrays;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("stop-epoch")
class StopEpochTest {
  private static Submission.StopPoint replay(double[] losses, int patience) {
    Submission.StopPoint stop = Submission.earlyStop(losses, patience);
    assertNotNull(stop, "earlyStop returned null; return new StopPoint(bestEpoch, stoppedEpoch)");
    return stop;
  }

  @Test
  @Points(1)
  void stopsAfterPatienceEpochsWithoutImprovement() {
    double[] losses = {1.0, 0.8, 0.9, 0.85, 0.95, 0.7};
    Submission.StopPoint stop = replay(losses, 3);
    String run = "for validation losses " + Arrays.toString(losses) + " with patience 3";
    assertEquals(2, stop.bestEpoch(), run + " the best epoch is 2 (loss 0.8; epochs count from 1), but got "
        + stop.bestEpoch());
    assertEquals(5, stop.stoppedEpoch(), run + " epochs 3, 4 and 5 do not improve on 0.8, so training stops at epoch 5"
        + " (before it could see 0.7), but got " + stop.stoppedEpoch());
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void neverStopsWhenPatienceIsNotUsedUp() {
    double[] losses = {1.0, 0.9, 0.8, 0.85};
    Submission.StopPoint stop = replay(losses, 2);
    String run = "for " + Arrays.toString(losses) + " with patience 2";
    assertEquals(-1, stop.stoppedEpoch(), run + " only one epoch fails to improve, so training never stops and"
        + " stoppedEpoch should be -1, but got " + stop.stoppedEpoch());
    assertEquals(3, stop.bestEpoch(), run + " the best epoch is 3, but got " + stop.bestEpoch());
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void anEqualLossIsNoImprovement() {
    double[] losses = {1.0, 0.5, 0.5, 0.5, 0.4};
    Submission.StopPoint stop = replay(losses, 2);
    String run = "for " + Arrays.toString(losses) + " with patience 2";
    assertEquals(2, stop.bestEpoch(), run + " epochs 3 and 4 only tie the best loss 0.5, which is no improvement,"
        + " so the best epoch stays 2; got " + stop.bestEpoch() + " (compare with <, not <=)");
    assertEquals(4, stop.stoppedEpoch(), run + " training stops at epoch 4, but got " + stop.stoppedEpoch());
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void patienceOneStopsAtTheFirstSetback() {
    double[] losses = {0.3, 0.2, 0.25, 0.1, 0.05};
    Submission.StopPoint stop = replay(losses, 1);
    String run = "for " + Arrays.toString(losses) + " with patience 1";
    assertEquals(3, stop.stoppedEpoch(), run + " epoch 3 is the first without improvement, so training stops there;"
        + " got " + stop.stoppedEpoch() + " (stop at the first epoch that uses up the patience)");
    assertEquals(2, stop.bestEpoch(), run + " the best epoch before stopping is 2, but got " + stop.bestEpoch()
        + "; epochs after the stop never happen");
  }
}
