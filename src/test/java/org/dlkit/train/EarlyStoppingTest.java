package org.dlkit.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Dense;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("lab5")
class EarlyStoppingTest {
  private static final double[] SCRIPTED_VAL_LOSS = {1.0, 0.8, 0.6, 0.65, 0.61, 0.59, 0.7, 0.72, 0.75, 0.8};

  /** Runs a scripted validation-loss sequence; before each epoch the weights are set to the epoch number. */
  private static History run(EarlyStopping stopping, Dense model) {
    History history = new History();
    for (int i = 0; i < SCRIPTED_VAL_LOSS.length; i++) {
      int epoch = i + 1;
      InPlace.fill(model.weights().data(), epoch);
      History.Epoch measured = new History.Epoch(epoch, 0.5, SCRIPTED_VAL_LOSS[i], Double.NaN, Double.NaN, 0);
      history.add(measured);
      if (stopping.onEpochEnd(measured, model, history)) {
        break;
      }
    }
    stopping.onTrainEnd(model, history);
    return history;
  }

  @Test
  void stopsAfterPatienceEpochsWithoutImprovementAndRestoresTheBest() {
    Dense model = new Dense(2, 1);
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_LOSS, 3, 0.0, true);
    History history = run(stopping, model);
    // Best is epoch 6 (0.59); epochs 7, 8, 9 fail to improve, so training stops after epoch 9.
    assertEquals(6, stopping.bestEpoch());
    assertEquals(9, stopping.stoppedEpoch());
    assertEquals(9, history.stoppedEpoch());
    assertEquals(6, history.bestEpoch());
    assertEquals(9, history.epochs().size());
    assertEquals(NdArray.full(6, 2, 1), model.weights().data(), "the weights of epoch 6 are back");
  }

  @Test
  void minDeltaIgnoresTinyImprovements() {
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_LOSS, 2, 0.05, false);
    Dense model = new Dense(2, 1);
    run(stopping, model);
    // 0.6 at epoch 3 is the last improvement by more than 0.05; epochs 4 and 5 do not count.
    assertEquals(3, stopping.bestEpoch());
    assertEquals(5, stopping.stoppedEpoch());
    assertEquals(NdArray.full(5, 2, 1), model.weights().data(), "without restoreBest the last weights stay");
  }

  @Test
  void accuracyMustRise() {
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_ACCURACY, 1, 0, false);
    Dense model = new Dense(1, 1);
    assertFalse(stopping.onEpochEnd(new History.Epoch(1, 1, 1, 0.5, 0.5, 0), model, new History()));
    assertFalse(stopping.onEpochEnd(new History.Epoch(2, 1, 1, 0.5, 0.7, 0), model, new History()));
    assertTrue(stopping.onEpochEnd(new History.Epoch(3, 1, 1, 0.5, 0.6, 0), model, new History()));
  }

  @Test
  void monitoringAMissingMeasureIsExplained() {
    EarlyStopping stopping = new EarlyStopping(Monitor.VAL_LOSS, 2, 0, true);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> stopping.onEpochEnd(
        new History.Epoch(1, 0.5, Double.NaN, Double.NaN, Double.NaN, 0), new Dense(1, 1), new History()));
    assertEquals("EarlyStopping monitors VAL_LOSS, which fit did not measure; give fit a validation set with"
        + " validation(...), or monitor TRAIN_LOSS", e.getMessage());
  }
}
