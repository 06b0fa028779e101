package org.dlkit.grader;

import java.util.List;
import org.dlkit.exercise.ExerciseReport;

/**
 * One student's graded notebook.
 *
 * @param student the student's id
 * @param exercises each exercise's report, in the suite's order
 * @param seconds how long grading took
 * @param note what the student should know about the submission as a whole (a malformed notebook), or empty
 */
record GradedSubmission(String student, List<ExerciseReport> exercises, double seconds, String note) {
  GradedSubmission {
    exercises = List.copyOf(exercises);
  }

  /** Returns the points earned. */
  double score() {
    return exercises.stream().mapToDouble(ExerciseReport::score).sum();
  }

  /** Returns the points available. */
  double maxScore() {
    return exercises.stream().mapToDouble(ExerciseReport::maxScore).sum();
  }
}
