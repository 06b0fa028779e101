package org.dlkit.exercise;

import java.util.List;

/**
 * The graded outcome of one exercise: each test's result, or, when the exercise did not compile,
 * one failing result per test carrying javac's message.
 *
 * @param exercise the exercise's grade_id
 * @param results the tests' results, in order
 */
public record ExerciseReport(String exercise, List<TestResult> results) {
  /** Copies the results. */
  public ExerciseReport {
    results = List.copyOf(results);
  }

  /** Returns the points earned. */
  public double score() {
    return results.stream().mapToDouble(TestResult::score).sum();
  }

  /** Returns the points available. */
  public double maxScore() {
    return results.stream().mapToDouble(TestResult::maxScore).sum();
  }

  /** Returns whether every test passed. */
  public boolean passed() {
    return results.stream().allMatch(TestResult::passed);
  }

  /** Returns the number of tests that failed. */
  public long failures() {
    return results.stream().filter(r -> !r.passed()).count();
  }

  /**
   * Returns whether the student wrote something in the exercise: some failure is neither the
   * untouched cell's {@code TODO} nor a missing cell.
   */
  public boolean attempted() {
    return results.stream().filter(r -> !r.passed()).map(TestResult::message)
        .anyMatch(m -> !m.startsWith("TODO ") && !m.contains(" is missing: no cell starts with"));
  }
}
