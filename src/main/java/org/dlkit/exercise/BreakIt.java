package org.dlkit.exercise;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A break-it step of a lab: a markdown cell headed "Break it" that says what to break and what to
 * look for, then a code cell that starts with {@code // Break it: <id>}, which the student edits on
 * purpose, runs, and restores. Release keeps the cell as it is and the grader never reads it (it is
 * no exercise cell), so a step costs no points; what breaking shows is whatever the cell runs (a
 * figure, a {@code check}).
 */
public final class BreakIt {
  private static final Pattern MARKER = Pattern.compile("\\A\\s*//\\s*Break it:\\s*([\\w.-]+)");
  private static final Pattern HEADING = Pattern.compile("(?m)^#+\\s*Break it");

  private BreakIt() {}

  /** Returns the id named by a {@code // Break it: <id>} first line of {@code code}, or empty. */
  public static Optional<String> markedId(String code) {
    Matcher marker = MARKER.matcher(code);
    return marker.find() ? Optional.of(marker.group(1)) : Optional.empty();
  }

  /**
   * Returns the ids of the break-it steps of the notebook {@code file}, in order.
   *
   * @throws IllegalArgumentException naming the cell, when a break-it cell does not follow a markdown
   *     cell with a "Break it" heading, or when an id repeats
   */
  public static List<String> steps(Path file) {
    JsonArray cells;
    try {
      cells = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject()
          .getAsJsonArray("cells");
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      JsonObject cell = cells.get(i).getAsJsonObject();
      if (!"code".equals(cell.get("cell_type").getAsString())) {
        continue;
      }
      Optional<String> id = markedId(NotebookFile.source(cell));
      if (id.isEmpty()) {
        continue;
      }
      JsonObject before = i == 0 ? null : cells.get(i - 1).getAsJsonObject();
      if (before == null || !"markdown".equals(before.get("cell_type").getAsString())
          || !HEADING.matcher(NotebookFile.source(before)).find()) {
        throw new IllegalArgumentException(file + ", cell " + (i + 1) + ": break-it step " + id.get() + " must follow "
            + "a markdown cell with a \"### Break it: ...\" heading that says what to break and what to look for");
      }
      if (ids.contains(id.get())) {
        throw new IllegalArgumentException(file + ", cell " + (i + 1) + ": break-it id " + id.get() + " repeats");
      }
      ids.add(id.get());
    }
    return ids;
  }
}
