import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  @Points(2)
  void stopsOncePatienceRunsOut() {
    Submission.EarlyStopper stopper = new Submission.EarlyStopper(2);
    int stoppedAt = play(stopper, model(), new double[] {1.0, 0.5, 0.6, 0.7, 0.1}, false);
    assertEquals(4, stoppedAt, "with patience 2 and validation losses 1.0, 0.5, 0.6, 0.7, 0.1, onEpochEnd should"
        + " return true at epoch 4 (epochs 3 and 4 do not improve on 0.5), but " + (stoppedAt < 0
        ? "it never returned true" : "it returned true at epoch " + stoppedAt));
    assertEquals(4, stopper.stoppedEpoch(), "stoppedEpoch() should be 4, the epoch that ended training, but is "
        + stopper.stoppedEpoch());
    assertEquals(2, stopper.bestEpoch(), "bestEpoch() should be 2 (loss 0.5), but is " + stopper.bestEpoch());
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
  @Points(2)
  @Visibility(Visibility.HIDDEN)
  void restoresTheBestWeightsAfterStopping() {
    Dense model = model();
    Submission.EarlyStopper stopper = new Submission.EarlyStopper(3);
    play(stopper, model, new double[] {0.9, 0.4, 0.5, 0.6, 0.7, 0.2}, true);
    assertTrue(model.weights().data().equals(NdArray.full(2, 2, 1)), "the best epoch was 2, whose weights were all 2,"
        + " so after onTrainEnd the weights should be 2 again, but they are " + model.weights().data()
        + (model.weights().data().get(0, 0) == 5 ? " (the last epoch's): did you keep a reference to p.data()"
            + " instead of a copy, or not copy it back?" : ""));
    assertTrue(model.bias().data().equals(NdArray.of(-2)), "every parameter is restored, the bias too: expected -2, got "
        + model.bias().data());
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void restoresTheBestWeightsWhenTrainingRunsToTheEnd() {
    Dense model = model();
    Submission.EarlyStopper stopper = new Submission.EarlyStopper(10);
    int stoppedAt = play(stopper, model, new double[] {0.9, 0.3, 0.5, 0.4}, true);
    assertFalse(stoppedAt > 0, "with patience 10 a 4-epoch run never stops early");
    assertTrue(model.weights().data().equals(NdArray.full(2, 2, 1)), "the run ended without stopping; the best"
        + " epoch was 2, so onTrainEnd should still restore its weights (all 2), but they are " + model.weights().data());
  }
}
