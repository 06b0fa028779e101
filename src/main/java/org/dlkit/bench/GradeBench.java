package org.dlkit.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.grader.Grader;

/**
 * Times the autograder on a made-up class: submissions of one lab generated from its solution
 * (correct), with one exercise left as the released TODO (partial), or broken (an exercise that
 * does not compile, or a notebook cut short), graded in the sandbox.
 */
public final class GradeBench {
  private GradeBench() {}

  /**
   * What the run measured.
   *
   * @param submissions how many were graded
   * @param wallSeconds the whole run, collecting to gradebook
   * @param perSubmission each submission's grading time in seconds, sorted
   */
  public record Report(int submissions, double wallSeconds, double[] perSubmission) {
    /** Returns the median grading time of one submission. */
    public double median() {
      int n = perSubmission.length;
      return n == 0 ? Double.NaN : n % 2 == 1 ? perSubmission[n / 2] : (perSubmission[n / 2 - 1] + perSubmission[n / 2]) / 2;
    }
  }

  /**
   * Generates {@code count} submissions of the lab in {@code labs/<lab>} (six in ten correct, three
   * partial, one broken) into {@code work} and grades them with {@code jobs} at a time.
   */
  public static Report run(Path labFolder, Path studentFolder, Path suite, int count, int jobs, Path work,
      PrintWriter log) throws InterruptedException {
    Path submissions = work.resolve("submissions");
    Path out = work.resolve("graded");
    generate(notebookIn(labFolder), notebookIn(studentFolder), count, submissions);
    long start = System.nanoTime();
    Grader.run(new Grader.Options(suite, submissions, out, jobs, true, Duration.ofSeconds(10), Duration.ofSeconds(120),
        false), log, log);
    double wall = (System.nanoTime() - start) / 1e9;
    return new Report(count, wall, times(out));
  }

  /** Writes {@code count} submissions made from the solution and the student version of a lab notebook. */
  static void generate(Path solution, Path student, int count, Path folder) {
    try {
      Files.createDirectories(folder);
      JsonObject solved = JsonParser.parseString(Files.readString(solution)).getAsJsonObject();
      JsonObject todo = JsonParser.parseString(Files.readString(student)).getAsJsonObject();
      List<Integer> exercises = exerciseCells(solution);
      for (int i = 0; i < count; i++) {
        JsonObject notebook = solved.deepCopy();
        int kind = i % 10;
        int exercise = exercises.get(i % exercises.size());
        if (kind >= 6 && kind <= 8) {
          cells(notebook).set(exercise, cells(todo).get(exercise).deepCopy());
        } else if (kind == 9 && i % 20 == 9) {
          JsonObject cell = cells(notebook).get(exercise).getAsJsonObject();
          cell.add("source", JsonParser.parseString("[\"" + "int broken = ;\\n\"]").getAsJsonArray());
        }
        String text = notebook.toString();
        if (kind == 9 && i % 20 == 19) {
          text = text.substring(0, text.length() / 2);
        }
        Files.writeString(folder.resolve(String.format("student-%03d.ipynb", i)), text, StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not generate submissions in " + folder, e);
    }
  }

  private static List<Integer> exerciseCells(Path notebook) {
    List<Integer> indices = new ArrayList<>();
    for (NotebookFile.CodeCell cell : NotebookFile.read(notebook).codeCells()) {
      if (cell.solution() && cell.gradeId().isPresent()) {
        indices.add(cell.number() - 1);
      }
    }
    if (indices.isEmpty()) {
      throw new IllegalArgumentException(notebook + " has no exercise cells to vary");
    }
    return indices;
  }

  private static JsonArray cells(JsonObject notebook) {
    return notebook.getAsJsonArray("cells");
  }

  private static Path notebookIn(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no notebook in " + folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double[] times(Path out) {
    try (Stream<Path> folders = Files.list(out)) {
      return folders.map(f -> f.resolve("results.json")).filter(Files::isRegularFile).mapToDouble(f -> {
        try {
          return JsonParser.parseString(Files.readString(f)).getAsJsonObject().get("execution_time").getAsDouble();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sorted().toArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
