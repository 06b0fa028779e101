import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.train.History;
import org.junit.jupiter.api.Test;

@Exercise("early-stopping")
class EarlyStoppingTest {
  /** A tiny model whose weights and bias we set by hand: all weights = v, bias = -v. */
  private static Dense model() {
    return new Dense(2, 1, new Identity(), Initializers.zeros(), 0);
  }

  private static void setWeights(Dense model, double v) {
    model.setWeights(NdArray.full(v, 2, 1));
    model.setBias(NdArray.of(-v));
  }

  private static History.Epoch epoch(int n, double valLoss) {
    return new History.Epoch(n, valLoss + 0.1, valLoss, Double.NaN, Double.NaN, 0.01);
  }

  /**
   * Plays a run: before epoch i the weights become i, then the callback sees loss[i-1]. Returns the
   * epoch at which the callback asked to stop (or -1). With {@code end}, calls onTrainEnd at the end, as fit does.
   */
  private static int play(Submission.EarlyStopper stopper, Dense model, double[] losses, boolean end) {
    History history = new History();
    int stoppedAt = -1;
    for (int i = 1; i <= losses.length; i++) {
      setWeights(model, i);
      if (stopper.onEpochEnd(epoch(i, losses[i - 1]), model, history)) {
        stoppedAt = i;
        break;
      }
    }
    if (end) {
      stopper.onTrainEnd(model, history);
    }
    return stoppedAt;
  }

  private static final String COPIES = "were the saved arrays copies (p.data().copy()) rather than the live arrays the"
      + " optimizer keeps changing, and were they saved only when the loss improved?";

  /**
   * Fails unless the model holds the weights of epoch {@code best} (all best, bias -best), naming what
   * it holds instead; {@code lastHint} explains how it could hold the last epoch's.
   */
  private static void assertRestored(Dense model, int best, int last, String run, String lastHint) {
    double held = model.weights().data().get(0, 0);
    String hint = held == last ? " (the last epoch's): " + lastHint : "";
    assertTrue(model.weights().data().equals(NdArray.full(best, 2, 1)), run + ": the best epoch was " + best
        + ", whose weights were all " + best + ", so after onTrainEnd the weights should be " + best + " again, but"
        + " they are all " + held + hint);
    assertTrue(model.bias().data().equals(NdArray.of(-best)), run + ": every parameter is restored, the bias too:"
        + " expected " + (-best) + ", got " + model.bias().data().get(0));
  }

  private static String stopMessage(int stoppedAt) {
    return stoppedAt < 0 ? "it never returned true" : "it returned true at epoch " + stoppedAt;
  }

  @Test
  @Points(2)
  void worseBetterWorseWorse() {
    Submission.EarlyStopper stopper = new Submission.EarlyStopper(2);
    double[] losses = {1.0, 1.1, 0.5, 0.6, 0.7, 0.1};
    int stoppedAt = play(stopper, model(), losses, false);
    String run = "with patience 2 and validation losses " + Arrays.toString(losses);
    assertEquals(5, stoppedAt, run + ", onEpochEnd should return true at epoch 5: epoch 2 is worse, epoch 3 improves"
        + " (0.5), and epochs 4 and 5 are two in a row without improving on it; but " + stopMessage(stoppedAt)
        + (stoppedAt == 4 ? ". Epoch 3 improved, so the count of epochs without improvement starts again from 0"
            : stoppedAt < 0 ? ". The count reaches the patience 2 at epoch 5: does training stop as soon as it"
                + " reaches patience, or only once it exceeds it?" : ""));
    assertEquals(5, stopper.stoppedEpoch(), run + ", stoppedEpoch() should be 5, the epoch whose end stopped"
        + " training, but is " + stopper.stoppedEpoch());
    assertEquals(3, stopper.bestEpoch(), run + ", bestEpoch() should be 3 (loss 0.5), but is " + stopper.bestEpoch());
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void keepsGoingWhileImproving() {
    Submission.EarlyStopper stopper = new Submission.EarlyStopper(1);
    int stoppedAt = play(stopper, model(), new double[] {0.9, 0.8, 0.7, 0.6, 0.5, 0.4}, false);
    assertEquals(-1, stoppedAt, "every epoch improves, so onEpochEnd should never return true, even with patience 1;"
        + " it returned true at epoch " + stoppedAt);
    assertEquals(-1, stopper.stoppedEpoch(), "training ran to the end, so stoppedEpoch() should stay -1, but is "
        + stopper.stoppedEpoch());
    assertEquals(6, stopper.bestEpoch(), "the last epoch is the best, so bestEpoch() should be 6, but is "
        + stopper.bestEpoch());
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void anEqualLossIsNoImprovement() {
    Dense model = model();
    Submission.EarlyStopper stopper = new Submission.EarlyStopper(2);
    double[] losses = {1.0, 0.5, 0.5, 0.5, 0.4};
    int stoppedAt = play(stopper, model, losses, true);
    String run = "with patience 2 and validation losses " + Arrays.toString(losses);
    String hint = ". A loss equal to the best is no improvement: only a strictly lower one is (<, not <=)"
        + (stoppedAt < 0 ? "; and training stops as soon as the count of epochs without improvement reaches the"
        + " patience" : "");
    assertEquals(4, stoppedAt, run + ", epochs 3 and 4 only tie the best 0.5, so onEpochEnd should return true at"
        + " epoch 4; but " + stopMessage(stoppedAt) + hint);
    assertEquals(2, stopper.bestEpoch(), run + ", the best epoch stays 2, the first to reach 0.5, but bestEpoch() is "
        + stopper.bestEpoch() + (stopper.bestEpoch() > 2 ? hint : ""));
    assertRestored(model, 2, 4, run, COPIES);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void restoresTheBestWeightsAfterStopping() {
    Dense model = model();
    Submission.EarlyStopper stopper = new Submission.EarlyStopper(3);
    play(stopper, model, new double[] {0.9, 0.4, 0.5, 0.6, 0.7, 0.2}, true);
    assertRestored(model, 2, 5, "with patience 3 and validation losses [0.9, 0.4, 0.5, 0.6, 0.7, 0.2] training stops"
        + " at epoch 5", COPIES);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void restoresTheBestWeightsWhenTrainingRunsToTheEnd() {
    Dense model = model();
    Submission.EarlyStopper stopper = new Submission.EarlyStopper(10);
    int stoppedAt = play(stopper, model, new double[] {0.9, 0.3, 0.5, 0.4}, true);
    assertFalse(stoppedAt > 0, "with patience 10 a 4-epoch run never stops early");
    assertRestored(model, 2, 4, "with patience 10 the run of 4 epochs [0.9, 0.3, 0.5, 0.4] ended without stopping, and"
        + " onTrainEnd restores the best weights whether or not training stopped early", "does onTrainEnd put the best"
        + " weights back when training was not stopped early? If so, " + COPIES.substring(0, 1).toLowerCase()
        + COPIES.substring(1));
  }
}
