package org.dlkit.train;

import org.dlkit.optim.LearningRateSchedule;
import org.dlkit.optim.Optimizer;

/** Sets the optimizer's learning rate from a schedule before every epoch (the schedule counts epochs from 0). */
public final class LearningRateScheduler implements Callback {
  private final LearningRateSchedule schedule;

  /** Creates the callback for {@code schedule}. */
  public LearningRateScheduler(LearningRateSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void onEpochStart(int epoch, Optimizer optimizer) {
    optimizer.setLearningRate(schedule.rate(epoch - 1));
  }

  @Override
  public String toString() {
    return "LearningRateScheduler(" + schedule + ")";
  }
}
