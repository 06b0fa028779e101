package org.dlkit.notebook;

/** Thrown by {@code check} when an exercise fails a test; its message is the feedback, one line per test. */
public final class CheckFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CheckFailedException(String feedback) {
    super(feedback, null, false, false);
  }
}
