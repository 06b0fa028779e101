package org.dlkit.optim;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Reads the message of the IllegalArgumentException an invalid argument must cause. */
final class Failures {
  private Failures() {}

  /** Returns the message of the IllegalArgumentException that {@code action} throws; fails if it throws none. */
  static String messageOf(Executable action) {
    return assertThrows(IllegalArgumentException.class, action).getMessage();
  }
}
