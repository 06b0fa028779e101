package org.dlkit.grader.report;

import java.util.List;
import java.util.Optional;

/**
 * Why an exercise of one submission lost its points beyond wrong answers: it did not compile, was
 * missing, timed out, or crashed. Read from the failure messages the grader writes
 * ({@code SuiteCompiler}, {@code SubmissionCompiler}, {@code TestRunner}, {@code Failures}, {@code SandboxRun}).
 */
public enum Trouble {
  /** The cell does not compile, or the tests cannot call it as written. */
  DID_NOT_COMPILE("did not compile"),
  /** No cell holds the exercise. */
  MISSING("missing"),
  /** A test, or the whole submission, ran past its time limit. */
  TIMED_OUT("timed out"),
  /** The code ran out of memory or stack, or the grader's JVM died. */
  CRASHED("crashed");

  private final String words;

  Trouble(String words) {
    this.words = words;
  }

  /** Returns the trouble in words, as the report's column heading. */
  public String words() {
    return words;
  }

  /** Returns the trouble of one exercise from its failed tests, the most basic first; empty when it only failed. */
  public static Optional<Trouble> of(List<TestOutcome> failures) {
    for (Trouble trouble : values()) {
      if (failures.stream().anyMatch(f -> trouble.matches(f.message()))) {
        return Optional.of(trouble);
      }
    }
    return Optional.empty();
  }

  /** Returns whether one failure message shows this trouble. */
  boolean matches(String message) {
    return switch (this) {
      case DID_NOT_COMPILE -> message.matches("(?s)exercise \\S+ does not compile.*")
          || message.startsWith("the exercises do not compile together")
          || message.startsWith("the tests cannot call your code")
          || message.startsWith("the tests could not be compiled");
      case MISSING -> message.matches("(?s)exercise \\S+ is missing.*");
      case TIMED_OUT -> message.startsWith("took too long") || message.contains("used up its");
      case CRASHED -> message.contains("OutOfMemoryError") || message.startsWith("ran out of memory")
          || message.contains("StackOverflowError") || message.startsWith("the Java VM stopped")
          || message.startsWith("not run: the grader's Java VM did not start");
    };
  }
}
