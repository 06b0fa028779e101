package org.dlkit.grader.report;

import java.util.List;
import java.util.Map;

/**
 * One student's graded submission, read back from the {@code results.json} in their folder.
 *
 * @param student the student's id (from {@code extra_data.student}, else the folder name)
 * @param folder the name of the student's results folder inside the results folder
 * @param score the points earned
 * @param seconds how long grading took
 * @param exercises each exercise's {score, max score}, in the suite's order
 * @param tests every test's outcome
 * @param knownMistakes for each exercise diagnosed as a known mistake, the mistakes' names
 * @param unmatched the exercises that lost points, were attempted, and matched no known mistake
 */
public record GradedStudent(String student, String folder, double score, double seconds,
    Map<String, double[]> exercises, List<TestOutcome> tests, Map<String, List<String>> knownMistakes,
    java.util.Set<String> unmatched) {
  public GradedStudent {
    exercises = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(exercises));
    tests = List.copyOf(tests);
    knownMistakes = Map.copyOf(knownMistakes);
    unmatched = java.util.Set.copyOf(unmatched);
  }

  /** Returns a student without diagnoses. */
  public GradedStudent(String student, String folder, double score, double seconds, Map<String, double[]> exercises,
      List<TestOutcome> tests) {
    this(student, folder, score, seconds, exercises, tests, Map.of(), java.util.Set.of());
  }

  /** Returns the points earned on {@code exercise}, 0 when the results do not list it. */
  public double scoreOf(String exercise) {
    double[] score = exercises.get(exercise);
    return score == null ? 0 : score[0];
  }

  /** Returns the failed tests of {@code exercise}. */
  public List<TestOutcome> failuresIn(String exercise) {
    return tests.stream().filter(t -> !t.passed() && t.exercise().equals(exercise)).toList();
  }
}
