package org.dlkit.exercise;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A submission compiled for grading: the classes of {@code Submission} and of every exercise's
 * tests that compiled, the test class to run for each such exercise, and the reports of the
 * exercises that could not even be compiled.
 *
 * @param classes compiled classes, binary name → bytes
 * @param runnable for each exercise that compiled, its test class and the tests to run, by method name
 * @param notCompiled the exercises that failed before any test ran, with one failing result per test
 * @param source the generated source, to locate lines in messages
 */
public record Prepared(Map<String, byte[]> classes, Map<String, Tests> runnable, List<ExerciseReport> notCompiled,
    SubmissionSource source) {
  private static final Pattern SUBMISSION_LINE = Pattern.compile("Submission\\.java line (\\d+)");

  /**
   * An exercise's tests ready to run.
   *
   * @param testClass the test class's binary name
   * @param tests the outlines of the tests to run, by method name order
   * @param failed the results of the exercise's tests that did not compile
   */
  public record Tests(String testClass, List<TestOutline> tests, List<TestResult> failed) {}

  /**
   * Rewrites "Submission.java line N" in a message as the exercise and cell line it falls in, and
   * any hidden test's method name in it as "a hidden test": a message may be shown to the student,
   * and student code could have put anything in it.
   */
  public String locate(String message) {
    for (Tests tests : runnable.values()) {
      for (TestOutline test : tests.tests()) {
        if (test.visibility().equals(Visibility.HIDDEN)) {
          message = message.replaceAll("\\b" + Pattern.quote(test.method()) + "\\b", "a hidden test");
        }
      }
    }
    if (source == null) {
      return message;
    }
    Matcher line = SUBMISSION_LINE.matcher(message);
    StringBuilder located = new StringBuilder();
    while (line.find()) {
      line.appendReplacement(located, Matcher.quoteReplacement(source.describeLine(Long.parseLong(line.group(1)))));
    }
    line.appendTail(located);
    return located.toString();
  }

  /** Returns {@code result} with its message {@linkplain #locate located}. */
  public TestResult locate(TestResult result) {
    return new TestResult(result.exercise(), result.name(), result.maxScore(), result.score(), result.visibility(),
        locate(result.message()));
  }
}
