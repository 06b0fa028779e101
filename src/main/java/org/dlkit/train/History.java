package org.dlkit.train;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What {@code fit} recorded, one {@link Epoch} per finished epoch, and where early stopping ended
 * training. Values that were not measured (validation without a validation set, accuracy for a
 * regression) are NaN.
 */
public final class History {
  private final List<Epoch> epochs = new ArrayList<>();
  private int stoppedEpoch = -1;
  private int bestEpoch = -1;

  /** One epoch's averages: losses, accuracies (0..1) and the wall time it took. */
  public record Epoch(int epoch, double trainLoss, double valLoss, double trainAccuracy, double valAccuracy,
      double seconds) {}

  /** Returns the epochs in order; epoch numbers start at 1. */
  public List<Epoch> epochs() {
    return Collections.unmodifiableList(epochs);
  }

  /** Returns the epoch after which early stopping ended training, or -1 if it ran to the end. */
  public int stoppedEpoch() {
    return stoppedEpoch;
  }

  /** Returns the epoch whose weights early stopping kept (the best monitored value), or -1. */
  public int bestEpoch() {
    return bestEpoch;
  }

  /** Returns the series of one measure, e.g. {@code series(Epoch::valLoss)}, for plotting. */
  public double[] series(java.util.function.ToDoubleFunction<Epoch> measure) {
    return epochs.stream().mapToDouble(measure).toArray();
  }

  /** Returns the last epoch, or throws if none finished. */
  public Epoch last() {
    if (epochs.isEmpty()) {
      throw new IllegalStateException("History: no epoch has finished yet");
    }
    return epochs.get(epochs.size() - 1);
  }

  void add(Epoch epoch) {
    epochs.add(epoch);
  }

  void stoppedAt(int epoch, int best) {
    stoppedEpoch = epoch;
    bestEpoch = best;
  }

  @Override
  public String toString() {
    return "History(" + epochs.size() + " epochs" + (stoppedEpoch > 0 ? ", stopped early at " + stoppedEpoch : "") + ")";
  }
}
