package org.dlkit.optim;

/**
 * Gives the learning rate for each epoch. A training loop sets it on the optimizer before the
 * epoch: {@code optimizer.setLearningRate(schedule.rate(epoch))}. {@link Schedules} makes the
 * common ones, each with a {@code toString} that states its formula.
 */
@FunctionalInterface
public interface LearningRateSchedule {
  /**
   * Returns the learning rate for {@code epoch}, counting from 0: {@code >= 0} and finite.
   *
   * @throws IllegalArgumentException if {@code epoch} is negative
   */
  double rate(int epoch);
}
