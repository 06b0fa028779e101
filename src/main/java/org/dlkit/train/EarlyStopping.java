package org.dlkit.train;

import java.util.ArrayList;
import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Module;

/**
 * Stops training once the monitored measure has not improved by more than {@code minDelta} for
 * {@code patience} epochs in a row, the usual cure for overfitting: validation loss turns up while
 * training loss keeps falling. With {@code restoreBest}, the model ends with the weights of its best
 * epoch, whether training stopped early or ran to the end. The stopping and best epochs are written
 * to the {@link History}.
 */
public final class EarlyStopping implements Callback {
  private final Monitor monitor;
  private final int patience;
  private final double minDelta;
  private final boolean restoreBest;
  private double best;
  private int bestEpoch = -1;
  private int stoppedEpoch = -1;
  private int epochsWithoutImprovement;
  private List<NdArray> bestWeights;

  /** Creates the callback; patience is at least 1 epoch and minDelta is at least 0. */
  public EarlyStopping(Monitor monitor, int patience, double minDelta, boolean restoreBest) {
    if (patience < 1) {
      throw new IllegalArgumentException("EarlyStopping: patience must be at least 1 epoch, got " + patience);
    }
    if (!(minDelta >= 0)) {
      throw new IllegalArgumentException("EarlyStopping: minDelta must be >= 0, got " + minDelta);
    }
    this.monitor = monitor;
    this.patience = patience;
    this.minDelta = minDelta;
    this.restoreBest = restoreBest;
    this.best = monitor.lowerIsBetter() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }

  @Override
  public boolean onEpochEnd(History.Epoch epoch, Module model, History history) {
    double value = monitor.of(epoch);
    if (Double.isNaN(value)) {
      throw new IllegalStateException("EarlyStopping monitors " + monitor + ", which fit did not measure"
          + (monitor == Monitor.VAL_LOSS || monitor == Monitor.VAL_ACCURACY
              ? "; give fit a validation set with validation(...), or monitor TRAIN_LOSS"
              : "; accuracy needs a classification loss"));
    }
    boolean improved = monitor.lowerIsBetter() ? value < best - minDelta : value > best + minDelta;
    if (improved) {
      best = value;
      bestEpoch = epoch.epoch();
      epochsWithoutImprovement = 0;
      if (restoreBest) {
        bestWeights = snapshot(model);
      }
      return false;
    }
    epochsWithoutImprovement++;
    if (epochsWithoutImprovement >= patience) {
      stoppedEpoch = epoch.epoch();
      return true;
    }
    return false;
  }

  @Override
  public void onTrainEnd(Module model, History history) {
    history.stoppedAt(stoppedEpoch, bestEpoch);
    if (restoreBest && bestWeights != null) {
      List<Tensor> parameters = model.parameters();
      for (int i = 0; i < parameters.size(); i++) {
        InPlace.copyInto(parameters.get(i).data(), bestWeights.get(i));
      }
    }
  }

  /** Returns the epoch after which training stopped, or -1 if it has not stopped. */
  public int stoppedEpoch() {
    return stoppedEpoch;
  }

  /** Returns the epoch with the best monitored value so far, or -1 before the first epoch. */
  public int bestEpoch() {
    return bestEpoch;
  }

  private static List<NdArray> snapshot(Module model) {
    List<NdArray> copies = new ArrayList<>();
    for (Tensor p : model.parameters()) {
      copies.add(p.data().copy());
    }
    return copies;
  }

  @Override
  public String toString() {
    return String.format("EarlyStopping(%s, patience %d, minDelta %s%s)", monitor, patience, minDelta,
        restoreBest ? ", restoring the best weights" : "");
  }
}
