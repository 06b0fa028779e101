package org.dlkit.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Checks the arguments of the dataset generators, and holds small helpers they share. */
final class Checks {
  private Checks() {}

  /** Throws unless {@code n >= min}; the message names the generator and why it needs that many. */
  static void atLeast(String generator, String name, int value, int min, String why) {
    if (value < min) {
      throw new IllegalArgumentException(String.format("%s: %s must be at least %d (%s), got %d",
          generator, name, min, why, value));
    }
  }

  /** Throws unless {@code value} is a finite number >= 0. */
  static void nonNegative(String generator, String name, double value) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(String.format(
          "%s: %s must be a finite number >= 0 (0 means none), got %s", generator, name, value));
    }
  }

  /** Returns the class names "0", "1", ..., "k-1". */
  static List<String> numberedClasses(int k) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      names.add(Integer.toString(i));
    }
    return names;
  }

  /** Returns a random permutation of 0..n-1 (Fisher-Yates). */
  static int[] permutation(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    shuffle(order, random);
    return order;
  }

  /** Shuffles {@code values} in place (Fisher-Yates). */
  static void shuffle(int[] values, Random random) {
    for (int i = values.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = values[i];
      values[i] = values[j];
      values[j] = t;
    }
  }
}
