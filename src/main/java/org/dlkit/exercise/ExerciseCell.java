package org.dlkit.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One exercise as the student wrote it: its id and the Java declarations of its cell.
 *
 * @param id the exercise's grade_id
 * @param source the cell's code
 */
public record ExerciseCell(String id, String source) {
  private static final Pattern MARKER = Pattern.compile("^\\s*//\\s*Exercise:\\s*([\\w.-]+)", Pattern.MULTILINE);

  /** Checks that both parts are present. */
  public ExerciseCell {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("an exercise needs an id (its grade_id)");
    }
    if (source == null) {
      throw new IllegalArgumentException("exercise " + id + " has no source");
    }
  }

  /**
   * Returns the cell that counts for each exercise among {@code cells} (in the order they ran): the
   * latest cell wins when an id repeats, as in the notebook, where running a cell again replaces
   * its exercise. The result is in the order each exercise was last run, each
   * {@linkplain PredictionCell prediction cell} as the declaration the grader compiles.
   */
  public static List<ExerciseCell> latest(List<ExerciseCell> cells) {
    Map<String, ExerciseCell> latest = new LinkedHashMap<>();
    for (ExerciseCell cell : cells) {
      latest.remove(cell.id());
      latest.put(cell.id(), PredictionCell.asDeclaration(cell));
    }
    return new ArrayList<>(latest.values());
  }

  /**
   * Returns the id named by a {@code // Exercise: <id>} line in the code, which identifies an
   * exercise cell when its metadata is missing (some editors drop cell metadata), or by a
   * {@code // Prediction: <id>} line, which marks a {@linkplain PredictionCell prediction cell}.
   */
  public static Optional<String> markedId(String code) {
    Matcher marker = MARKER.matcher(code);
    return marker.find() ? Optional.of(marker.group(1)) : PredictionCell.markedId(code);
  }
}
