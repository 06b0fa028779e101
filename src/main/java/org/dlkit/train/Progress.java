package org.dlkit.train;

/**
 * Receives the progress of {@link Trainer#fit}: the console prints a one-line bar, the notebook
 * updates one display in place. Every method has an empty default.
 */
public interface Progress {
  /** Called once before training with the planned number of epochs and batches per epoch. */
  default void start(int epochs, int batchesPerEpoch) {}

  /** Called after each step with the batch's loss; epoch and batch count from 1. */
  default void step(int epoch, int batch, double loss) {}

  /** Called after each epoch with its measures. */
  default void epochEnd(History.Epoch epoch) {}

  /** Called once when training ends. */
  default void end(History history) {}

  /** Returns a progress that shows nothing. */
  static Progress silent() {
    return new Progress() {};
  }

  /** Returns a one-line bar on standard output, redrawn in place: epoch, loss and ETA. */
  static Progress console() {
    return new ConsoleProgress(System.out);
  }
}
