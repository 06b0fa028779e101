package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dlkit.exercise.ExerciseCell;

/**
 * One plausible wrong solution of an exercise, kept as a fixture next to the lab's suite in
 * {@code grader/<lab>/mistakes/<exercise>/<name>.java}: a first line {@code // Mistake: <what is
 * wrong>} for the instructor, optionally a second line {@code // Look at: <where to look>} that a
 * student whose code goes wrong the same way reads (a question or a place, never the fix), then the
 * exercise cell as a student would have written it.
 *
 * @param exercise the exercise the mistake is in (the folder's name)
 * @param name the fixture's file name without {@code .java}
 * @param what the one line saying what is wrong
 * @param lookAt the line telling a student where to look, empty when the fixture has none
 * @param cell the wrong exercise cell
 */
public record Mistake(String exercise, String name, String what, String lookAt, ExerciseCell cell) {
  /** The folder under a suite that holds its mistakes. */
  public static final String FOLDER = "mistakes";
  private static final Pattern FIRST_LINE = Pattern.compile("\\A\\s*//\\s*Mistake:\\s*(.+?)\\s*\\R");
  private static final Pattern LOOK_AT = Pattern.compile("\\A\\s*//\\s*Look at:\\s*(.+?)\\s*\\R");

  /** Returns the mistakes under {@code suite}'s {@value #FOLDER} folder, by exercise then name; none when it has no such folder. */
  public static List<Mistake> in(Path suite) {
    Path folder = suite.resolve(FOLDER);
    List<Mistake> mistakes = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return mistakes;
    }
    try (Stream<Path> files = Files.walk(folder, 2)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        mistakes.add(read(folder.relativize(file).getNameCount() == 2 ? file.getParent().getFileName().toString() : "",
            file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not list the mistakes in " + folder, e);
    }
    return mistakes;
  }

  /** Reads the fixture {@code file} of exercise {@code exercise}; a malformed fixture is an error naming the file and the rule. */
  static Mistake read(String exercise, Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the mistake " + file, e);
    }
    String name = file.getFileName().toString().replaceFirst("\\.java$", "");
    if (exercise.isEmpty()) {
      throw new IllegalArgumentException(file + ": a mistake belongs in mistakes/<exercise id>/, not directly in mistakes/");
    }
    Matcher first = FIRST_LINE.matcher(text);
    if (!first.find()) {
      throw new IllegalArgumentException(file + ": the first line must say what is wrong, as // Mistake: <what is wrong>");
    }
    String code = text.substring(first.end());
    Matcher look = LOOK_AT.matcher(code);
    String lookAt = "";
    if (look.find()) {
      lookAt = look.group(1);
      code = code.substring(look.end());
    }
    if (!ExerciseCell.markedId(code).equals(java.util.Optional.of(exercise))) {
      throw new IllegalArgumentException(file + ": after the // Mistake: line (and the // Look at: line) comes the "
          + "exercise cell, starting with "
          + "// Exercise: " + exercise);
    }
    return new Mistake(exercise, name, first.group(1), lookAt, new ExerciseCell(exercise, code));
  }

  /** Returns {@code cells} with this mistake's cell in place of its exercise's. */
  public List<ExerciseCell> replacing(List<ExerciseCell> cells) {
    List<ExerciseCell> replaced = new ArrayList<>();
    for (ExerciseCell existing : cells) {
      replaced.add(existing.id().equals(exercise) ? cell : existing);
    }
    return replaced;
  }
}
