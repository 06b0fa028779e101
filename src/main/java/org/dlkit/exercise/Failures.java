package org.dlkit.exercise;

import java.util.concurrent.TimeoutException;

/** Describes why a test failed in words a student can act on. */
final class Failures {
  private Failures() {}

  /**
   * Returns the failure's message: an assertion's own message, the {@code TODO} of an unfinished
   * exercise as it is, and for any other exception its class, message and the line of the
   * submission that threw it.
   */
  static String describe(Throwable failure) {
    if (failure instanceof AssertionError) {
      return failure.getMessage() == null ? "an assertion failed" : failure.getMessage();
    }
    if (failure instanceof UnsupportedOperationException && failure.getMessage() != null
        && failure.getMessage().startsWith("TODO")) {
      return failure.getMessage();
    }
    if (failure instanceof TimeoutException) {
      return "took too long: " + failure.getMessage() + " (look for a loop that never ends)";
    }
    if (failure instanceof StackOverflowError) {
      return "StackOverflowError: the recursion never stops" + where(failure);
    }
    String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    return failure.getClass().getName() + message + where(failure);
  }

  private static String where(Throwable failure) {
    for (StackTraceElement frame : failure.getStackTrace()) {
      if (frame.getClassName().startsWith(SubmissionSource.CLASS_NAME)) {
        return " (thrown in " + frame.getMethodName() + ", Submission.java line " + frame.getLineNumber() + ")";
      }
    }
    return "";
  }
}
