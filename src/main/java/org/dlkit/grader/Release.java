package org.dlkit.grader;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.exercise.PredictionCell;
import org.dlkit.exercise.Reflection;

/**
 * Generates the student notebooks from the instructor sources, nbgrader's generate_assignment
 * stage: every {@code labs/<lab>/<name>.ipynb} becomes {@code notebooks/<lab>/<name>.ipynb} with
 * each solution replaced by a stub that compiles and throws, hidden tests removed, each
 * prediction's answer emptied to {@code ""}, each reflection's model answer replaced by
 * {@value Reflection#PLACEHOLDER}, and outputs cleared. The same sources always give the same bytes.
 */
public final class Release {
  private Release() {}

  /** Releases every notebook under {@code labs} into {@code notebooks}; returns the files written. */
  public static List<Path> release(Path labs, Path notebooks) {
    List<Path> written = new ArrayList<>();
    for (Path source : sources(labs)) {
      Path target = notebooks.resolve(labs.relativize(source));
      write(target, studentVersion(source));
      written.add(target);
    }
    return written;
  }

  /** Returns the instructor notebooks under {@code labs}, in a stable order. */
  public static List<Path> sources(Path labs) {
    if (!Files.isDirectory(labs)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(labs)) {
      return files.filter(f -> f.toString().endsWith(".ipynb") && !f.toString().contains(".ipynb_checkpoints"))
          .sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("release: could not list " + labs, e);
    }
  }

  /** Returns the student version of one instructor notebook as Jupyter's JSON text. */
  public static String studentVersion(Path source) {
    JsonObject notebook = read(source);
    JsonArray cells = notebook.getAsJsonArray("cells");
    for (int i = 0; i < cells.size(); i++) {
      JsonObject cell = cells.get(i).getAsJsonObject();
      if ("markdown".equals(cell.get("cell_type").getAsString())
          && Reflection.in(NotebookFile.source(cell)).isPresent()) {
        cell.add("source", Markers.toSourceArray(Reflection.emptied(NotebookFile.source(cell))));
      }
      if (!"code".equals(cell.get("cell_type").getAsString())) {
        continue;
      }
      String where = source + ", cell " + (i + 1);
      String code = PredictionCell.emptied(Markers.strip(NotebookFile.source(cell), exerciseId(cell), where));
      cell.add("source", Markers.toSourceArray(code));
      cell.add("outputs", new JsonArray());
      cell.add("execution_count", JsonNull.INSTANCE);
    }
    return JupyterJson.format(notebook);
  }

  /** Returns the cell's nbgrader grade_id, or null when the cell has none. */
  static String exerciseId(JsonObject cell) {
    JsonObject metadata = cell.getAsJsonObject("metadata");
    JsonObject nbgrader = metadata == null ? null : metadata.getAsJsonObject("nbgrader");
    return nbgrader == null || !nbgrader.has("grade_id") ? null : nbgrader.get("grade_id").getAsString();
  }

  private static JsonObject read(Path source) {
    try {
      JsonElement json = JsonParser.parseString(Files.readString(source, StandardCharsets.UTF_8));
      if (!json.isJsonObject() || !json.getAsJsonObject().has("cells")) {
        throw new IllegalArgumentException("release: " + source + " is not a notebook (it has no cells list)");
      }
      return json.getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException("release: could not read " + source, e);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException("release: " + source + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  private static void write(Path target, String text) {
    try {
      Files.createDirectories(target.getParent());
      Files.writeString(target, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("release: could not write " + target, e);
    }
  }
}
