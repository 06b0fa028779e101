package org.dlkit.grader;

import java.util.List;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.Reflection;

/**
 * One student's graded notebook.
 *
 * @param student the student's id
 * @param exercises each exercise's report, in the suite's order
 * @param seconds how long grading took
 * @param note what the student should know about the submission as a whole (a malformed notebook), or empty
 * @param isolation the isolation level its code ran at ({@link Isolation#label()}), or empty when none ran
 * @param notGraded why the grader could not grade it (the sandbox would not start), or empty when graded
 * @param reflections the written answers of its reflection cells, to read (not scored)
 */
record GradedSubmission(String student, List<ExerciseReport> exercises, double seconds, String note, String isolation,
    String notGraded, List<Reflection> reflections) {
  GradedSubmission {
    exercises = List.copyOf(exercises);
    reflections = List.copyOf(reflections);
  }

  /** Returns a graded submission without reflections. */
  GradedSubmission(String student, List<ExerciseReport> exercises, double seconds, String note, String isolation,
      String notGraded) {
    this(student, exercises, seconds, note, isolation, notGraded, List.of());
  }

  /** Returns this submission with {@code reflections} as its written answers. */
  GradedSubmission withReflections(List<Reflection> reflections) {
    return new GradedSubmission(student, exercises, seconds, note, isolation, notGraded, reflections);
  }

  /** Returns a graded submission whose code ran at no isolation level. */
  GradedSubmission(String student, List<ExerciseReport> exercises, double seconds, String note) {
    this(student, exercises, seconds, note, "", "");
  }

  /** Returns this submission with the isolation level its code ran at. */
  GradedSubmission at(Isolation level) {
    return new GradedSubmission(student, exercises, seconds, note, level.label(), notGraded, reflections);
  }

  /** Returns whether the grader graded it (it may still have scored 0). */
  boolean graded() {
    return notGraded.isEmpty();
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
