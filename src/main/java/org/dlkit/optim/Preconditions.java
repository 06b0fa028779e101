package org.dlkit.optim;

/**
 * Checks the arguments of optimizers and schedules, each returning the value when it is valid.
 * Every message has one form, "where: name must be rule, but was value", so all of them read alike.
 */
final class Preconditions {
  private Preconditions() {}

  /** Returns {@code value} if it is greater than 0 and finite. */
  static double positive(String where, String name, double value) {
    if (!(value > 0 && Double.isFinite(value))) {
      throw invalid(where, name, "> 0 and finite", value);
    }
    return value;
  }

  /** Returns {@code value} if it is at least 0 and finite. */
  static double nonNegative(String where, String name, double value) {
    if (!(value >= 0 && Double.isFinite(value))) {
      throw invalid(where, name, ">= 0 and finite", value);
    }
    return value;
  }

  /** Returns {@code value} if it lies in [0, 1), the range of a decay factor such as momentum or beta1. */
  static double fraction(String where, String name, double value) {
    if (!(value >= 0 && value < 1)) {
      throw invalid(where, name, "in [0, 1)", value);
    }
    return value;
  }

  /** Returns {@code value} if it is at least {@code min}. */
  static int atLeast(String where, String name, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(where + ": " + name + " must be >= " + min + ", but was " + value);
    }
    return value;
  }

  /** Returns the exception for {@code name} breaking {@code rule}. */
  static IllegalArgumentException invalid(String where, String name, String rule, double value) {
    return new IllegalArgumentException(where + ": " + name + " must be " + rule + ", but was " + value);
  }
}
