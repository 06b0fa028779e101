package org.dlkit.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A submission compiled for grading, the plan a {@link TestRun} runs: the classes of
 * {@code Submission} and of the exercises' tests that compiled, the tests to run, and the reports
 * of the exercises that could not even be compiled. It is also the one place where test outcomes
 * become {@link ExerciseReport}s ({@link #reports}), so the notebook's {@code check} and the grader
 * cannot come to different verdicts. {@link SuiteCompiler} makes it.
 */
public final class Prepared {
  private static final Pattern SUBMISSION_LINE = Pattern.compile("Submission\\.java line (\\d+)");

  /**
   * An exercise's tests ready to run.
   *
   * @param testClass the test class's binary name
   * @param tests the outlines of the tests to run, by method name order
   * @param failed the results of the exercise's tests that did not compile
   */
  record Tests(String testClass, List<TestOutline> tests, List<TestResult> failed) {}

  private final List<String> exerciseIds;
  private final Map<String, byte[]> classes;
  private final Map<String, Tests> runnable;
  private final Map<String, ExerciseReport> notCompiled;
  private final SubmissionSource source;

  /**
   * Returns the plan for {@code exerciseIds}, each of which is either {@code runnable} or
   * {@code notCompiled}.
   *
   * @param classes compiled classes, binary name → bytes
   * @param source the generated source, to locate lines in messages
   */
  Prepared(List<String> exerciseIds, Map<String, byte[]> classes, Map<String, Tests> runnable,
      Map<String, ExerciseReport> notCompiled, SubmissionSource source) {
    for (String id : exerciseIds) {
      if (!runnable.containsKey(id) && !notCompiled.containsKey(id)) {
        throw new IllegalArgumentException("exercise " + id + " is neither runnable nor reported as not compiled");
      }
    }
    this.exerciseIds = List.copyOf(exerciseIds);
    this.classes = Map.copyOf(classes);
    this.runnable = new LinkedHashMap<>(runnable);
    this.notCompiled = new LinkedHashMap<>(notCompiled);
    this.source = source;
  }

  /** Returns the ids of the exercises planned, in the order of the reports. */
  public List<String> exerciseIds() {
    return exerciseIds;
  }

  /** Returns the compiled classes to run, binary name → bytes. */
  public Map<String, byte[]> classes() {
    return classes;
  }

  /** Returns the generated source of {@code Submission}, or null when no cell compiled into it. */
  public SubmissionSource source() {
    return source;
  }

  /** Returns the tests to run, exercise by exercise in plan order, each exercise's by method name. */
  public List<PlannedTest> tests() {
    List<PlannedTest> tests = new ArrayList<>();
    for (String id : exerciseIds) {
      Tests planned = runnable.get(id);
      if (planned != null) {
        planned.tests().forEach(t -> tests.add(new PlannedTest(id, planned.testClass(), t.method())));
      }
    }
    return tests;
  }

  /**
   * Returns the verdict: one report per exercise, in plan order. A test's name, points and
   * visibility come from its outline; whether it passed, and its message and output, from
   * {@code outcomes}; a test without an outcome fails as not run. Messages are
   * {@linkplain #locate located}.
   */
  public List<ExerciseReport> reports(Map<PlannedTest, TestOutcome> outcomes) {
    List<ExerciseReport> reports = new ArrayList<>();
    for (String id : exerciseIds) {
      Tests planned = runnable.get(id);
      if (planned == null) {
        reports.add(notCompiled.get(id));
        continue;
      }
      List<TestResult> results = new ArrayList<>(planned.failed());
      for (TestOutline test : planned.tests()) {
        TestOutcome outcome = outcomes.get(new PlannedTest(id, planned.testClass(), test.method()));
        if (outcome == null) {
          results.add(test.failed(id, "the test did not run"));
        } else {
          TestResult result = outcome.passed() ? TestResult.passed(id, test.name(), test.points(), test.visibility())
              : test.failed(id, locate(outcome.message()));
          results.add(result.withOutput(outcome.output()));
        }
      }
      reports.add(new ExerciseReport(id, results));
    }
    return reports;
  }

  /**
   * Rewrites "Submission.java line N" in a message as the exercise and cell line it falls in, and
   * any hidden test's method name in it as "a hidden test": a message may be shown to the student,
   * and student code could have put anything in it.
   */
  String locate(String message) {
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
}
