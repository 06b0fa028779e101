package org.dlkit.grader;

import java.util.List;
import org.dlkit.exercise.Diagnosis;
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
 * @param diagnoses the known mistakes its wrong exercises were recognised as, by exercise
 * @param reflections the written answers of its reflection cells, to read (not scored)
 */
record GradedSubmission(String student, List<ExerciseReport> exercises, double seconds, String note, String isolation,
    String notGraded, List<Diagnosis> diagnoses, List<Reflection> reflections) {
  GradedSubmission {
    exercises = List.copyOf(exercises);
    diagnoses = List.copyOf(diagnoses);
    reflections = List.copyOf(reflections);
  }

  /** Returns a graded submission without diagnoses or reflections. */
  GradedSubmission(String student, List<ExerciseReport> exercises, double seconds, String note, String isolation,
      String notGraded) {
    this(student, exercises, seconds, note, isolation, notGraded, List.of(), List.of());
  }

  /** Returns this submission with {@code reflections} as its written answers. */
  GradedSubmission withReflections(List<Reflection> reflections) {
    return new GradedSubmission(student, exercises, seconds, note, isolation, notGraded, diagnoses, reflections);
  }

  /** Returns a graded submission whose code ran at no isolation level. */
  GradedSubmission(String student, List<ExerciseReport> exercises, double seconds, String note) {
    this(student, exercises, seconds, note, "", "");
  }

  /** Returns this submission with the isolation level its code ran at. */
  GradedSubmission at(Isolation level) {
    return new GradedSubmission(student, exercises, seconds, note, level.label(), notGraded, diagnoses, reflections);
  }

  /** Returns this submission with {@code found} as its diagnoses. */
  GradedSubmission diagnosed(List<Diagnosis> found) {
    return new GradedSubmission(student, exercises, seconds, note, isolation, notGraded, found, reflections);
  }

  /** Returns the diagnosis of exercise {@code id}, or null when it has none. */
  Diagnosis diagnosisOf(String id) {
    return diagnoses.stream().filter(d -> d.exercise().equals(id)).findFirst().orElse(null);
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
