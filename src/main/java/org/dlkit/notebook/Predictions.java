package org.dlkit.notebook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dlkit.exercise.ExerciseCell;
import org.dlkit.exercise.PredictionCell;

/**
 * Remembers the predictions a notebook recorded with {@code predict(id, answer)}, as the prediction
 * cells the grader would read, so that {@code check(id)} can score them on any kernel, IJava's
 * and JJava's included, which pass no cells to dlkit.
 */
final class Predictions {
  private final Map<String, ExerciseCell> cells = new LinkedHashMap<>();

  /**
   * Records {@code answer} for prediction {@code id} and returns the line to print: that it was
   * recorded, or, for an empty answer, what to write.
   *
   * @throws IllegalArgumentException if the id is blank or the answer is neither text, a number nor a boolean
   */
  synchronized String record(String id, Object answer) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("predict: the id is blank; keep the id the cell was given, as in "
          + "predict(\"lr-diverges\", ...)");
    }
    if (answer != null && !(answer instanceof CharSequence || answer instanceof Number || answer instanceof Boolean
        || answer instanceof Character)) {
      throw new IllegalArgumentException("predict(\"" + id + "\", ...): the answer is a " + answer.getClass()
          .getSimpleName() + "; write words in quotes or a number, such as predict(\"" + id + "\", 0.5)");
    }
    String text = answer == null ? "" : String.valueOf(answer).strip();
    String literal = answer instanceof Number || answer instanceof Boolean ? text : quoted(text);
    cells.put(id, new ExerciseCell(id, PredictionCell.MARKER_PREFIX + " " + id + "\npredict(" + quoted(id) + ", "
        + literal + ");\n"));
    if (text.isEmpty()) {
      return "No prediction for " + id + " yet: write your answer in predict(\"" + id + "\", ...) and run this cell "
          + "again, before the experiment.";
    }
    return "Prediction " + id + " recorded: " + text + ". Run the experiment below, then check(\"" + id + "\").";
  }

  /** Returns the prediction cell recorded for {@code id}, if any. */
  synchronized Optional<ExerciseCell> cell(String id) {
    return Optional.ofNullable(cells.get(id));
  }

  /** Returns every recorded prediction cell. */
  synchronized List<ExerciseCell> all() {
    return List.copyOf(cells.values());
  }

  /** Forgets every prediction; for tests. */
  synchronized void clear() {
    cells.clear();
  }

  private static String quoted(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20) {
        literal.append(String.format("\\%03o", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
