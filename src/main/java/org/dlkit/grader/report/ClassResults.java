package org.dlkit.grader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's results as read from a {@code dlkit grade} output folder: the graded students, the
 * folders that could not be read, and the exercises with their maximum points.
 *
 * @param graded the students whose {@code results.json} was read, sorted by folder
 * @param notGraded the folders without a usable {@code results.json}, with the reason
 * @param maxByExercise each exercise's maximum points, in the order the results list them
 */
public record ClassResults(List<GradedStudent> graded, List<NotGraded> notGraded, Map<String, Double> maxByExercise) {
  public ClassResults {
    graded = List.copyOf(graded);
    notGraded = List.copyOf(notGraded);
    maxByExercise = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(maxByExercise));
  }

  /** Returns the class's maximum points. */
  public double maxScore() {
    return maxByExercise.values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /** Returns the exercise ids in order. */
  public List<String> exercises() {
    return new ArrayList<>(maxByExercise.keySet());
  }
}
