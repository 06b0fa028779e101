package org.dlkit.data;

import java.util.Objects;

/**
 * A dataset cut in two: examples to train on and held-out examples to test on. Made by
 * {@link Dataset#split(double, long)}.
 *
 * <pre>{@code
 * Split split = Datasets.moons(200, 0.1, 42).split(0.2, 42).standardized();
 * }</pre>
 *
 * @param train the training examples
 * @param test the held-out test examples
 */
public record Split(Dataset train, Dataset test) {
  /** Checks that both parts are given. */
  public Split {
    Objects.requireNonNull(train, "Split: train must not be null");
    Objects.requireNonNull(test, "Split: test must not be null");
  }

  /** Returns both parts standardized with a {@link StandardScaler} fitted on the training part only. */
  public Split standardized() {
    return scaledWith(StandardScaler.fit(train.features()));
  }

  /** Returns both parts mapped with a {@link MinMaxScaler} fitted on the training part only. */
  public Split minMaxScaled() {
    return scaledWith(MinMaxScaler.fit(train.features()));
  }

  /** Returns both parts transformed by an already fitted scaler. */
  public Split scaledWith(Scaler scaler) {
    return new Split(train.scaled(scaler), test.scaled(scaler));
  }

  @Override
  public String toString() {
    return String.format("Split(%s: %d train, %d test)", train.name(), train.size(), test.size());
  }
}
