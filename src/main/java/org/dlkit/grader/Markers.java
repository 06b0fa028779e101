package org.dlkit.grader;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and rewrites the markers in exercise cells: a {@code // BEGIN SOLUTION} ... {@code // END
 * SOLUTION} region becomes a stub that throws {@code UnsupportedOperationException("TODO <id>: <hint>")}
 * (the hint is the region's {@code // HINT:} line), and a {@code // BEGIN HIDDEN TESTS} ...
 * {@code // END HIDDEN TESTS} region is removed.
 */
final class Markers {
  static final String BEGIN_SOLUTION = "// BEGIN SOLUTION";
  static final String END_SOLUTION = "// END SOLUTION";
  static final String BEGIN_HIDDEN = "// BEGIN HIDDEN TESTS";
  static final String END_HIDDEN = "// END HIDDEN TESTS";
  static final String HINT = "// HINT:";

  private Markers() {}

  /** Returns the student version of one cell's code; {@code where} names the file and cell in errors. */
  static String strip(String code, String exerciseId, String where) {
    List<String> out = new ArrayList<>();
    String open = null;
    String indent = "";
    String hint = null;
    int openedAt = 0;
    String[] lines = code.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      String trimmed = line.strip();
      if (trimmed.equals(BEGIN_SOLUTION) || trimmed.equals(BEGIN_HIDDEN)) {
        if (open != null) {
          throw new IllegalArgumentException(String.format("release: %s, line %d: %s inside %s opened on line %d;"
              + " close it with its END marker first", where, n + 1, trimmed, open, openedAt));
        }
        if (trimmed.equals(BEGIN_SOLUTION) && exerciseId == null) {
          throw new IllegalArgumentException(String.format("release: %s has a solution but no exercise id; add"
              + " metadata.nbgrader.grade_id to the cell", where));
        }
        open = trimmed;
        openedAt = n + 1;
        indent = line.substring(0, line.indexOf('/'));
        hint = null;
      } else if (trimmed.equals(END_SOLUTION) || trimmed.equals(END_HIDDEN)) {
        String expected = open == null ? null : open.replace("BEGIN", "END");
        if (!trimmed.equals(expected)) {
          throw new IllegalArgumentException(String.format("release: %s, line %d: %s without its BEGIN marker",
              where, n + 1, trimmed));
        }
        if (open.equals(BEGIN_SOLUTION)) {
          String message = "TODO " + exerciseId + ": " + (hint == null ? "write this part" : hint);
          out.add(indent + "throw new UnsupportedOperationException(\"" + escape(message) + "\");");
        }
        open = null;
      } else if (open == null) {
        out.add(line);
      } else if (open.equals(BEGIN_SOLUTION) && trimmed.startsWith(HINT)) {
        hint = trimmed.substring(HINT.length()).strip();
      }
    }
    if (open != null) {
      throw new IllegalArgumentException(String.format("release: %s, line %d: %s is never closed", where, openedAt,
          open));
    }
    return String.join("\n", out);
  }

  /** Returns text as Jupyter's list of lines, each but the last ending in a newline. */
  static JsonArray toSourceArray(String text) {
    JsonArray lines = new JsonArray();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}
