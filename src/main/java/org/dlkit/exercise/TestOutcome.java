package org.dlkit.exercise;

/**
 * What running one test gave, before it is scored: whether it passed, and why not. Its points,
 * readable name and visibility come from the plan ({@link Prepared#reports}), never from the run.
 *
 * @param passed whether the test passed
 * @param message why it failed (the assertion's message, the exception, the time limit); empty when it passed
 * @param output what the student's code printed during it, when the run captured it; else empty
 */
public record TestOutcome(boolean passed, String message, String output) {
  /** Checks that the texts are present. */
  public TestOutcome {
    message = message == null ? "" : message;
    output = output == null ? "" : output;
  }

  /** Returns a passing outcome without captured output. */
  public static TestOutcome pass() {
    return new TestOutcome(true, "", "");
  }

  /** Returns a failing outcome for {@code message}, without captured output. */
  public static TestOutcome fail(String message) {
    return new TestOutcome(false, message, "");
  }
}
