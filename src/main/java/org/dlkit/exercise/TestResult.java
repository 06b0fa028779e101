package org.dlkit.exercise;

/**
 * The outcome of one grader test.
 *
 * @param exercise the exercise's grade_id
 * @param name a readable name, from the test method's name
 * @param maxScore the points the test is worth
 * @param score the points earned: {@code maxScore} when it passed, else 0
 * @param visibility one of {@link Visibility#VALUES}
 * @param message why it failed (the assertion's message, the exception, or javac's error); empty when it passed
 * @param output what the student's code printed during the test, when it was captured; else empty
 */
public record TestResult(String exercise, String name, double maxScore, double score, String visibility,
    String message, String output) {

  /** Returns a result without captured output. */
  public TestResult(String exercise, String name, double maxScore, double score, String visibility, String message) {
    this(exercise, name, maxScore, score, visibility, message, "");
  }

  /** Returns this result with {@code output} as what the code printed. */
  public TestResult withOutput(String output) {
    return new TestResult(exercise, name, maxScore, score, visibility, message, output == null ? "" : output);
  }

  /** Returns whether the test passed. */
  public boolean passed() {
    return score == maxScore && message.isEmpty();
  }

  /** Returns a passing result. */
  public static TestResult passed(String exercise, String name, double points, String visibility) {
    return new TestResult(exercise, name, points, points, visibility, "");
  }

  /** Returns a failing result worth nothing, with the reason. */
  public static TestResult failed(String exercise, String name, double points, String visibility, String message) {
    return new TestResult(exercise, name, points, 0, visibility, message == null || message.isBlank()
        ? "failed without a message" : message);
  }
}
