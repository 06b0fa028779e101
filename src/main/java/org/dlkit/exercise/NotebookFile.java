package org.dlkit.exercise;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Jupyter notebook read for grading: its code cells, the exercises among them and their imports.
 * An exercise cell is found by its {@code metadata.nbgrader.grade_id} with {@code solution: true},
 * or, when an editor dropped the metadata, by its {@code // Exercise: <id>} line.
 */
public final class NotebookFile {
  /**
   * One code cell.
   *
   * @param number its position among all cells, from 1
   * @param gradeId its nbgrader grade_id, if any
   * @param solution whether nbgrader marks it as a solution (an exercise)
   * @param points the nbgrader points, if given
   * @param source its code
   */
  public record CodeCell(int number, Optional<String> gradeId, boolean solution, Optional<Double> points,
      String source) {}

  /** The most reflections read from one notebook; a notebook with more was not written for the course. */
  public static final int MAX_REFLECTIONS = 20;
  private final Path file;
  private final List<CodeCell> cells;
  private final List<String> warnings;
  private final List<Reflection> reflections;

  private NotebookFile(Path file, List<CodeCell> cells, List<String> warnings, List<Reflection> reflections) {
    this.file = file;
    this.cells = cells;
    this.warnings = warnings;
    this.reflections = reflections;
  }

  /**
   * Reads a notebook as Jupyter does, in format 4, or in format 3 (cells in {@code worksheets}, code
   * in {@code input}), which Jupyter still opens and upgrades. Bytes that are not UTF-8 are read as
   * U+FFFD rather than refused (Jupyter refuses the whole file): damage in a markdown cell costs
   * nothing, and damage in a code cell is named in a {@linkplain #warnings warning}.
   *
   * @throws IllegalArgumentException if the file is not a notebook, naming the file and, where it can, the cell
   */
  public static NotebookFile read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read notebook " + file, e);
    }
    String text = decode(bytes);
    boolean damaged = text == null;
    if (damaged) {
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    JsonElement json;
    try {
      json = JsonParser.parseString(text);
    } catch (JsonParseException e) {
      throw new IllegalArgumentException(file + " is not a notebook: its JSON is broken (" + rootCause(e)
          + "); was the file cut short or edited by hand? Save it again from Jupyter", e);
    }
    JsonArray all = allCells(file, json);
    List<CodeCell> cells = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<Reflection> reflections = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (!all.get(i).isJsonObject()) {
        throw new IllegalArgumentException(file + ", cell " + (i + 1) + " is not a cell (not a JSON object)");
      }
      JsonObject cell = all.get(i).getAsJsonObject();
      if (cell.has("cell_type") && "code".equals(cell.get("cell_type").getAsString())) {
        CodeCell code = codeCell(file, i + 1, cell);
        cells.add(code);
        if (damaged && code.source().indexOf('\uFFFD') >= 0) {
          warnings.add(file.getFileName() + ", cell " + code.number() + " (a code cell" + code.gradeId()
              .map(id -> ", exercise " + id).orElse("") + ") holds bytes that are not UTF-8, read as \uFFFD; if "
              + "it does not compile, open the notebook in Jupyter, fix that line and save it again");
        }
      } else if (cell.has("cell_type") && "markdown".equals(cell.get("cell_type").getAsString())) {
        reflection(cell).ifPresent(reflections::add);
      }
    }
    return new NotebookFile(file, cells, warnings, reflections);
  }

  /** Returns {@code bytes} decoded as UTF-8, or null when they are not UTF-8. */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * Returns every cell of the notebook in {@code json}, in order: {@code cells} in format 4, the
   * cells of every worksheet in format 3 and earlier, with a code cell's {@code input} as its
   * {@code source}, as nbformat's upgrade does.
   */
  private static JsonArray allCells(Path file, JsonElement json) {
    JsonObject notebook = json.isJsonObject() ? json.getAsJsonObject() : null;
    if (notebook != null && notebook.has("cells") && notebook.get("cells").isJsonArray()) {
      return notebook.getAsJsonArray("cells");
    }
    if (notebook == null || !notebook.has("worksheets") || !notebook.get("worksheets").isJsonArray()) {
      throw new IllegalArgumentException(file + " is not a notebook: it has no list of cells");
    }
    JsonArray cells = new JsonArray();
    JsonArray worksheets = notebook.getAsJsonArray("worksheets");
    for (int w = 0; w < worksheets.size(); w++) {
      JsonElement sheet = worksheets.get(w);
      if (!sheet.isJsonObject() || !sheet.getAsJsonObject().has("cells")
          || !sheet.getAsJsonObject().get("cells").isJsonArray()) {
        throw new IllegalArgumentException(file + " is not a notebook: worksheet " + (w + 1) + " has no list of cells");
      }
      for (JsonElement cell : sheet.getAsJsonObject().getAsJsonArray("cells")) {
        if (cell.isJsonObject() && cell.getAsJsonObject().has("input") && !cell.getAsJsonObject().has("source")) {
          JsonObject upgraded = cell.getAsJsonObject().deepCopy();
          upgraded.add("source", upgraded.remove("input"));
          cells.add(upgraded);
        } else {
          cells.add(cell);
        }
      }
    }
    return cells;
  }

  /**
   * Returns what the student should know about how the file was read: each code cell that held
   * bytes that are not UTF-8, named with the file and the cell. Empty for a clean notebook.
   */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /**
   * Returns the answers of the notebook's reflection cells, in order, at most
   * {@value #MAX_REFLECTIONS}; when an id repeats, the later cell wins, as with exercises.
   */
  public List<Reflection> reflections() {
    java.util.Map<String, Reflection> latest = new java.util.LinkedHashMap<>();
    reflections.forEach(r -> latest.put(r.id(), r));
    return latest.values().stream().limit(MAX_REFLECTIONS).toList();
  }

  /** Returns the reflection a markdown cell holds, found by its marker line; a malformed cell holds none. */
  private static Optional<Reflection> reflection(JsonObject cell) {
    try {
      return Reflection.in(source(cell));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Returns the notebook's path. */
  public Path file() {
    return file;
  }

  /** Returns the code cells, in order. */
  public List<CodeCell> codeCells() {
    return List.copyOf(cells);
  }

  /** Returns the exercise cells, in order; a cell's metadata id wins over its comment. */
  public List<ExerciseCell> exercises() {
    List<ExerciseCell> exercises = new ArrayList<>();
    for (CodeCell cell : cells) {
      Optional<String> id = cell.solution() ? cell.gradeId() : Optional.empty();
      id.or(() -> ExerciseCell.markedId(cell.source()))
          .ifPresent(exerciseId -> exercises.add(new ExerciseCell(exerciseId, cell.source())));
    }
    return exercises;
  }

  /** Returns the import statements of every code cell, in order, without repeats. */
  public List<String> imports() {
    Set<String> imports = new LinkedHashSet<>();
    cells.forEach(cell -> imports.addAll(SubmissionSource.importsIn(cell.source())));
    return new ArrayList<>(imports);
  }

  /** Returns a cell's source as one string; notebooks store it as a string or as a list of lines. */
  public static String source(JsonObject cell) {
    JsonElement source = cell.get("source");
    if (source == null || source.isJsonNull()) {
      return "";
    }
    if (source.isJsonPrimitive()) {
      return source.getAsString();
    }
    StringBuilder text = new StringBuilder();
    for (JsonElement line : source.getAsJsonArray()) {
      text.append(line.getAsString());
    }
    return text.toString();
  }

  private static CodeCell codeCell(Path file, int number, JsonObject cell) {
    try {
      JsonObject metadata = cell.has("metadata") && cell.get("metadata").isJsonObject()
          ? cell.getAsJsonObject("metadata") : new JsonObject();
      JsonObject nbgrader = metadata.has("nbgrader") && metadata.get("nbgrader").isJsonObject()
          ? metadata.getAsJsonObject("nbgrader") : new JsonObject();
      Optional<String> gradeId = nbgrader.has("grade_id") ? Optional.of(nbgrader.get("grade_id").getAsString())
          : Optional.empty();
      boolean solution = nbgrader.has("solution") && nbgrader.get("solution").getAsBoolean();
      Optional<Double> points = nbgrader.has("points") ? Optional.of(nbgrader.get("points").getAsDouble())
          : Optional.empty();
      return new CodeCell(number, gradeId, solution, points, source(cell));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(file + ", cell " + number + " is malformed: " + e.getMessage(), e);
    }
  }

  private static String rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
