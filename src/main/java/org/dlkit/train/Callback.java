package org.dlkit.train;

import org.dlkit.nn.Module;
import org.dlkit.optim.Optimizer;

/** Hooks into {@link Trainer#fit}: called at the start and end of every epoch and when training ends. */
public interface Callback {
  /** Called before epoch {@code epoch} (counting from 1), e.g. to set the learning rate. */
  default void onEpochStart(int epoch, Optimizer optimizer) {}

  /** Called after each epoch with what it measured; returns true to stop training now. */
  default boolean onEpochEnd(History.Epoch epoch, Module model, History history) {
    return false;
  }

  /** Called once when training ends, early or not, e.g. to restore the best weights. */
  default void onTrainEnd(Module model, History history) {}
}
