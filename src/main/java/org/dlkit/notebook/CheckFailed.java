package org.dlkit.notebook;

/**
 * Ends a cell whose {@code check} found failing tests, after the check panel has shown which and
 * why. Its message is short, e.g. {@code 2 of 3 tests fail}, so that the cell's error reads as a
 * sentence: {@code CheckFailed: 2 of 3 tests fail}.
 */
public final class CheckFailed extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CheckFailed(long failures, int tests) {
    super(failures + " of " + tests + (tests == 1 ? " test fails" : failures == 1 ? " tests fails" : " tests fail")
        + " (the panel above says which and why)", null, false, false);
  }
}
