package org.dlkit.train;

/** Builds {@link History} objects for tests outside this package, which cannot call add or stoppedAt. */
public final class HistoryFixtures {
  private HistoryFixtures() {}

  /**
   * Returns a history with one epoch per train loss; the other arrays may be null (not measured,
   * NaN). {@code stopped} and {@code best} are -1 when early stopping did not end the run.
   */
  public static History of(double[] trainLoss, double[] valLoss, double[] trainAccuracy, double[] valAccuracy,
      int stopped, int best) {
    History history = new History();
    for (int i = 0; i < trainLoss.length; i++) {
      history.add(new History.Epoch(i + 1, trainLoss[i], at(valLoss, i), at(trainAccuracy, i), at(valAccuracy, i), 0.01));
    }
    if (stopped > 0) {
      history.stoppedAt(stopped, best);
    }
    return history;
  }

  /** Returns a history with training loss only. */
  public static History trainLossOnly(double... trainLoss) {
    return of(trainLoss, null, null, null, -1, -1);
  }

  /**
   * Returns a classic overfitting run of {@code epochs} epochs: training loss keeps falling,
   * validation loss turns up after {@code best}, and early stopping ends it at {@code stopped}
   * (then the history has {@code stopped} epochs; -1 runs all {@code epochs}).
   */
  public static History overfitting(int epochs, int best, int stopped) {
    epochs = stopped > 0 ? stopped : epochs;
    double[] train = new double[epochs];
    double[] val = new double[epochs];
    double[] trainAcc = new double[epochs];
    double[] valAcc = new double[epochs];
    for (int i = 0; i < epochs; i++) {
      double e = i + 1;
      train[i] = 0.05 + 0.65 * Math.exp(-e / 4);
      val[i] = 0.25 + 0.5 * Math.exp(-e / 3.5) + 0.006 * Math.max(0, e - best) * Math.max(0, e - best) / 2;
      trainAcc[i] = 1 - train[i] / 1.6;
      valAcc[i] = 1 - val[i] / 1.4;
    }
    return of(train, val, trainAcc, valAcc, stopped, best);
  }

  private static double at(double[] values, int i) {
    return values == null ? Double.NaN : values[i];
  }
}
