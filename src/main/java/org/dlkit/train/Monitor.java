package org.dlkit.train;

/** A measure that {@link EarlyStopping} watches, and whether lower or higher is better. */
public enum Monitor {
  TRAIN_LOSS(true),
  VAL_LOSS(true),
  TRAIN_ACCURACY(false),
  VAL_ACCURACY(false);

  private final boolean lowerIsBetter;

  Monitor(boolean lowerIsBetter) {
    this.lowerIsBetter = lowerIsBetter;
  }

  /** Returns true for losses, false for accuracies. */
  public boolean lowerIsBetter() {
    return lowerIsBetter;
  }

  /** Returns this measure's value in one epoch (NaN when it was not measured). */
  public double of(History.Epoch epoch) {
    switch (this) {
      case TRAIN_LOSS:
        return epoch.trainLoss();
      case VAL_LOSS:
        return epoch.valLoss();
      case TRAIN_ACCURACY:
        return epoch.trainAccuracy();
      default:
        return epoch.valAccuracy();
    }
  }
}
