package org.dlkit.grader.report;

/**
 * One test of one student, as {@code results.json} records it.
 *
 * @param exercise the exercise the test belongs to
 * @param test the test's name
 * @param passed whether it passed
 * @param message why it failed (without what the code printed), or empty
 */
public record TestOutcome(String exercise, String test, boolean passed, String message) {
  /** Returns "exercise: test", the name the report lists the test under. */
  public String fullName() {
    return exercise + ": " + test;
  }
}
