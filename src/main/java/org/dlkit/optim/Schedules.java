package org.dlkit.optim;

import java.util.Objects;

/**
 * Makes learning-rate schedules. Epochs count from 0, and every schedule starts at its full
 * learning rate at epoch 0 (after the warm-up, for {@link #warmup}). Each mirrors the PyTorch
 * scheduler named in its description.
 *
 * <pre>{@code
 * LearningRateSchedule schedule = Schedules.warmup(5, Schedules.cosine(0.1, 95, 0.001));
 * schedule.rate(0);   // 0.02, then 0.04, 0.06, 0.08, 0.1 at epoch 4; the cosine starts at epoch 5
 * }</pre>
 */
public final class Schedules {
  private Schedules() {}

  /** Returns the same {@code learningRate} at every epoch (PyTorch: no scheduler). */
  public static LearningRateSchedule constant(double learningRate) {
    return new Constant(Preconditions.positive("constant", "learningRate", learningRate));
  }

  /**
   * Returns {@code learningRate × gamma^⌊epoch / everyEpochs⌋}: the rate is multiplied by
   * {@code gamma} every {@code everyEpochs} epochs (PyTorch's {@code StepLR}).
   */
  public static LearningRateSchedule step(double learningRate, int everyEpochs, double gamma) {
    return new Step(Preconditions.positive("step", "learningRate", learningRate),
        Preconditions.atLeast("step", "everyEpochs", everyEpochs, 1),
        Preconditions.positive("step", "gamma", gamma));
  }

  /** Returns {@code learningRate × gamma^epoch} (PyTorch's {@code ExponentialLR}). */
  public static LearningRateSchedule exponential(double learningRate, double gamma) {
    return new Exponential(Preconditions.positive("exponential", "learningRate", learningRate),
        Preconditions.positive("exponential", "gamma", gamma));
  }

  /**
   * Returns half a cosine from {@code learningRate} at epoch 0 down to {@code minLearningRate} at
   * epoch {@code totalEpochs}: {@code min + (max − min)(1 + cos(π epoch / totalEpochs)) / 2}, and
   * {@code minLearningRate} from then on (PyTorch's {@code CosineAnnealingLR} with
   * {@code T_max = totalEpochs}, which instead rises again after {@code T_max}).
   */
  public static LearningRateSchedule cosine(double learningRate, int totalEpochs, double minLearningRate) {
    Preconditions.positive("cosine", "learningRate", learningRate);
    if (!(minLearningRate >= 0 && minLearningRate <= learningRate)) {
      throw Preconditions.invalid("cosine", "minLearningRate", "in [0, learningRate]", minLearningRate);
    }
    return new Cosine(learningRate, Preconditions.atLeast("cosine", "totalEpochs", totalEpochs, 1), minLearningRate);
  }

  /**
   * Returns a linear warm-up over {@code warmupEpochs} epochs followed by {@code then}:
   *
   * <ul>
   *   <li>for {@code epoch < warmupEpochs}: {@code then.rate(0) × (epoch + 1) / warmupEpochs}, rising
   *       from a {@code warmupEpochs}-th of the starting rate to the full starting rate at epoch
   *       {@code warmupEpochs − 1};
   *   <li>from then on: {@code then.rate(epoch − warmupEpochs)}, so {@code then} starts its own
   *       epoch 0 when the warm-up ends (as PyTorch's {@code SequentialLR} does). For a run of
   *       {@code E} epochs, give {@code then} the remaining {@code E − warmupEpochs}.
   * </ul>
   */
  public static LearningRateSchedule warmup(int warmupEpochs, LearningRateSchedule then) {
    Objects.requireNonNull(then, "warmup: then must not be null");
    return new Warmup(Preconditions.atLeast("warmup", "warmupEpochs", warmupEpochs, 1), then);
  }

  /** Returns {@code epoch} if it is not negative. */
  private static int checkEpoch(int epoch) {
    return Preconditions.atLeast("rate", "epoch", epoch, 0);
  }

  private record Constant(double learningRate) implements LearningRateSchedule {
    @Override
    public double rate(int epoch) {
      checkEpoch(epoch);
      return learningRate;
    }

    @Override
    public String toString() {
      return "constant: " + learningRate;
    }
  }

  private record Step(double learningRate, int everyEpochs, double gamma) implements LearningRateSchedule {
    @Override
    public double rate(int epoch) {
      return learningRate * Math.pow(gamma, checkEpoch(epoch) / everyEpochs);
    }

    @Override
    public String toString() {
      return "step: " + learningRate + " * " + gamma + "^floor(epoch / " + everyEpochs + ")";
    }
  }

  private record Exponential(double learningRate, double gamma) implements LearningRateSchedule {
    @Override
    public double rate(int epoch) {
      return learningRate * Math.pow(gamma, checkEpoch(epoch));
    }

    @Override
    public String toString() {
      return "exponential: " + learningRate + " * " + gamma + "^epoch";
    }
  }

  private record Cosine(double learningRate, int totalEpochs, double minLearningRate)
      implements LearningRateSchedule {
    @Override
    public double rate(int epoch) {
      if (checkEpoch(epoch) >= totalEpochs) {
        return minLearningRate;
      }
      return minLearningRate + (learningRate - minLearningRate) * (1 + Math.cos(Math.PI * epoch / totalEpochs)) / 2;
    }

    @Override
    public String toString() {
      return "cosine: " + minLearningRate + " + (" + learningRate + " - " + minLearningRate
          + ") * (1 + cos(pi * epoch / " + totalEpochs + ")) / 2, then " + minLearningRate
          + " from epoch " + totalEpochs;
    }
  }

  private record Warmup(int warmupEpochs, LearningRateSchedule then) implements LearningRateSchedule {
    @Override
    public double rate(int epoch) {
      if (checkEpoch(epoch) < warmupEpochs) {
        return then.rate(0) * (epoch + 1) / warmupEpochs;
      }
      return then.rate(epoch - warmupEpochs);
    }

    @Override
    public String toString() {
      return "warm-up: linear to the starting rate over " + warmupEpochs + " epochs, then " + then;
    }
  }
}
