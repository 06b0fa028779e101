package org.dlkit.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dlkit.exercise.ExerciseCell;
import org.dlkit.exercise.NotebookFile;

/**
 * Writes the input of the similarity check: each student's exercise cells, one Java file per cell
 * in a folder per student, and the released notebook's cells as base code. A cell holds bare
 * declarations, so each file wraps it in a class on the cell's first line (the line numbers stay the
 * cell's) and blanks its import lines.
 */
public final class SimilarityInput {
  static final String SUBMISSIONS = "submissions";
  static final String BASE = "base";
  private static final String SUFFIX = "\n}\n";
  private static final Pattern IMPORT = Pattern.compile("(?m)^[ \\t]*import[ \\t]+[\\w.* \\t]+;[ \\t]*$");

  private SimilarityInput() {}

  /**
   * Writes {@code notebooks} (results folder name → notebook) and the base code from
   * {@code released} into {@code dir}; returns the notebooks that could not be read, as
   * "folder: reason".
   */
  public static List<String> write(Map<String, Path> notebooks, Path released, Path dir) {
    List<String> skipped = new ArrayList<>();
    try {
      deleteRecursively(dir.resolve(SUBMISSIONS));
      deleteRecursively(dir.resolve(BASE));
      writeCells(NotebookFile.read(released).exercises(), dir.resolve(BASE));
      for (var entry : notebooks.entrySet()) {
        List<ExerciseCell> cells;
        try {
          cells = NotebookFile.read(entry.getValue()).exercises();
        } catch (RuntimeException e) {
          skipped.add(entry.getKey() + ": the notebook cannot be read (" + e.getMessage() + ")");
          continue;
        }
        if (cells.isEmpty()) {
          skipped.add(entry.getKey() + ": the notebook has no exercise cells");
          continue;
        }
        writeCells(cells, dir.resolve(SUBMISSIONS).resolve(entry.getKey()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the similarity input into " + dir, e);
    }
    return skipped;
  }

  /** Returns the cell's source from a file this class wrote. */
  static String cellSource(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      String body = text.substring(text.indexOf('{') + 2);
      return body.endsWith(SUFFIX) ? body.substring(0, body.length() - SUFFIX.length()) : body;
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Returns the exercise id a cell file holds. */
  static String exerciseOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".java".length());
  }

  private static void writeCells(List<ExerciseCell> cells, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (ExerciseCell cell : cells) {
      if (org.dlkit.exercise.PredictionCell.isPrediction(cell.source())) {
        continue; // a prediction is one chosen answer, not code to compare (and no declaration JPlag can parse)
      }
      String source = IMPORT.matcher(cell.source()).replaceAll("");
      String className = "Cell_" + cell.id().replaceAll("\\W", "_");
      Files.writeString(folder.resolve(cell.id() + ".java"), "class " + className + " { " + source + SUFFIX,
          StandardCharsets.UTF_8);
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
