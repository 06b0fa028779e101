package org.dlkit.exercise;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's short written answer in a reflection cell: a markdown cell whose first line is
 * {@code <!-- Reflection: <id> -->} (with nbgrader metadata {@code grade_id: <id>, solution: true,
 * grade: false}). The grader scores nothing here: it collects the answer for the instructor to
 * read, as nbgrader does with a manually graded answer.
 *
 * @param id the reflection's id
 * @param answer what the student wrote after the marker line, stripped; empty when nothing was
 *     written or only the {@linkplain #PLACEHOLDER placeholder}
 */
public record Reflection(String id, String answer) {
  /** What a released reflection cell holds under its marker until the student writes an answer (nbgrader's words). */
  public static final String PLACEHOLDER = "YOUR ANSWER HERE";
  /** The longest answer kept; the rest is cut, with a note. */
  public static final int MAX_LENGTH = 4000;
  private static final Pattern MARKER = Pattern.compile("\\A\\s*<!--\\s*Reflection:\\s*([\\w.-]+)\\s*-->[ \\t]*\\R?");

  /** Checks the id and normalizes the answer: stripped, the placeholder as empty, cut at {@link #MAX_LENGTH}. */
  public Reflection {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a reflection needs an id (its <!-- Reflection: id --> line)");
    }
    answer = answer == null ? "" : answer.replace(PLACEHOLDER, "").strip();
    if (answer.length() > MAX_LENGTH) {
      answer = answer.substring(0, MAX_LENGTH) + " … (cut at " + MAX_LENGTH + " characters)";
    }
  }

  /** Returns whether the student wrote an answer. */
  public boolean answered() {
    return !answer.isEmpty();
  }

  /** Returns the reflection in the markdown {@code text} of a cell, or empty when the cell is no reflection cell. */
  public static Optional<Reflection> in(String text) {
    Matcher marker = MARKER.matcher(text);
    return marker.find() ? Optional.of(new Reflection(marker.group(1), text.substring(marker.end())))
        : Optional.empty();
  }

  /**
   * Returns the student version of a markdown cell: a reflection cell keeps its marker line and
   * gets the {@linkplain #PLACEHOLDER placeholder} in place of the instructor's model answer; any
   * other cell is returned as it is.
   */
  public static String emptied(String text) {
    Matcher marker = MARKER.matcher(text);
    if (!marker.find()) {
      return text;
    }
    String line = text.substring(0, marker.end()).strip();
    return line + "\n" + PLACEHOLDER;
  }
}
