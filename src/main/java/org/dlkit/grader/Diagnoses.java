package org.dlkit.grader;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.dlkit.exercise.Diagnosis;
import org.dlkit.exercise.ExerciseReport;

/**
 * Where a graded submission's diagnoses show: a line under the exercise in {@code feedback.md},
 * the same line in Gradescope's output, and, for the class report, the known mistakes (or that a
 * wrong, attempted exercise matched none) in {@code results.json}'s {@code extra_data}.
 */
final class Diagnoses {
  /** The system property that turns diagnosis off ({@code -Ddlkit.diagnose=false}), to measure what it costs. */
  static final String PROPERTY = "dlkit.diagnose";

  private Diagnoses() {}

  /** Returns whether grading diagnoses wrong exercises (on unless {@value #PROPERTY} is {@code false}). */
  static boolean enabled() {
    return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
  }

  /** Returns the line the student reads about {@code report}'s exercise, or empty when it has no diagnosis to show. */
  static String sentence(GradedSubmission graded, ExerciseReport report) {
    Diagnosis diagnosis = graded.diagnosisOf(report.exercise());
    return diagnosis == null ? "" : diagnosis.sentence();
  }

  /**
   * Adds to {@code exercise} (its entry in {@code extra_data.exercises}) the names of the known
   * mistakes it was diagnosed with, or {@code "unmatched": true} when it lost points although the
   * student wrote something (not an untouched TODO) and matched no known mistake.
   */
  static void record(GradedSubmission graded, ExerciseReport report, JsonObject exercise) {
    Diagnosis diagnosis = graded.diagnosisOf(report.exercise());
    if (diagnosis != null) {
      JsonArray names = new JsonArray();
      diagnosis.names().forEach(names::add);
      exercise.add("known_mistakes", names);
    } else if (graded.graded() && !report.passed() && report.attempted()) {
      exercise.addProperty("unmatched", true);
    }
  }
}
