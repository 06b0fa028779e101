package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code dlkit grade} (a separate JVM) with SIGKILL at random moments, runs it again
 * after each kill, and compares the end state with an uninterrupted run: the same results and
 * feedback for every student, no half-written file, and one gradebook row per student.
 */
class GradeResumeTest {
  private static final Path CORPUS = Path.of("src/test/resources/org/dlkit/grader/corpus");
  private static final Path SUITE = CORPUS.resolve("suite/00-corpus");
  private static final int KILLS = 8;

  @Test
  void aBatchKilledAgainAndAgainEndsAsIfNeverInterrupted(@TempDir Path dir) throws Exception {
    Path in = batch(dir.resolve("class"));
    Path reference = dir.resolve("reference");
    StringWriter text = new StringWriter();
    long start = System.nanoTime();
    assertEquals(0, Grader.run(new Grader.Options(SUITE, in, reference, 2, false, Duration.ofSeconds(10),
        Duration.ofSeconds(60), false), new PrintWriter(text, true), new PrintWriter(text, true)), text.toString());
    double seconds = (System.nanoTime() - start) / 1e9 + 2;

    Path out = dir.resolve("killed");
    Path log = dir.resolve("grade.log");
    Random random = new Random(25);
    int killedMidway = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      Process grade = dlkitGrade(in, out, log);
      long wait = (long) (1000 * (0.8 + random.nextDouble() * 0.7 * seconds));
      if (!grade.waitFor(wait, TimeUnit.MILLISECONDS)) {
        grade.destroyForcibly().waitFor();
        killedMidway++;
      }
    }
    Process last = dlkitGrade(in, out, log);
    assertTrue(last.waitFor(5, TimeUnit.MINUTES), "the last run did not finish");
    assertEquals(0, last.exitValue(), Files.readString(log));

    assertTrue(killedMidway >= KILLS / 2, "only " + killedMidway + " kills landed before a run finished");
    assertEquals(snapshot(reference), snapshot(out), Files.readString(log));
    List<String> rows = Files.readAllLines(out.resolve(Gradebook.FILE));
    assertEquals(Files.readAllLines(reference.resolve(Gradebook.FILE)), rows);
    assertEquals(9 + 1, rows.size(), String.join("\n", rows));
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".part")).toList());
    }
  }

  @Test
  void aResumeGradesAgainWhatIsMissingEmptyOrUnreadableAndNothingElse(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("class"));
    for (String student : List.of("ada", "alan", "grace", "edsger")) {
      Files.copy(CORPUS.resolve("submissions/wrong-gradient.ipynb"), in.resolve(student + ".ipynb"));
    }
    Path out = dir.resolve("out");
    assertTrue(grade(in, out).contains("4 graded, 0 skipped"));
    Files.writeString(out.resolve("ada/results.json"), "");
    Files.writeString(out.resolve("alan/results.json"), "{\"score\": 4");
    Files.delete(out.resolve("grace/feedback.md"));
    Files.createDirectories(out.resolve("stale"));
    Files.writeString(out.resolve("stale/results.json"), "not json");
    String text = grade(in, out);
    assertTrue(text.contains("3 graded, 1 skipped"), text);
    assertTrue(text.contains("left out of the gradebook: " + out.resolve("stale") + " holds no readable results"), text);
    List<String> rows = Files.readAllLines(out.resolve(Gradebook.FILE));
    assertEquals(List.of("student,neuron,twice,total,status,isolation", "ada,2.0,2.0,4.0,graded,none",
        "alan,2.0,2.0,4.0,graded,none", "edsger,2.0,2.0,4.0,graded,none", "grace,2.0,2.0,4.0,graded,none"), rows);
    assertEquals("not json", Files.readString(out.resolve("stale/results.json")), "a folder it did not write is left alone");
  }

  /** Grades {@code in} into {@code out} in this JVM, without the sandbox (the notebooks are honest); returns the output. */
  private static String grade(Path in, Path out) throws InterruptedException {
    StringWriter text = new StringWriter();
    assertEquals(0, Grader.run(new Grader.Options(SUITE, in, out, 2, false, Duration.ofSeconds(10),
        Duration.ofSeconds(60), true), new PrintWriter(text, true), new PrintWriter(text, true)), text.toString());
    return text.toString();
  }

  /**
   * Writes nine small submissions: five that run in the sandbox (two pairs of names that once shared
   * a folder among them), two that do not compile or parse, and two refused names.
   */
  private static Path batch(Path in) throws IOException {
    Files.createDirectories(in);
    Map<String, String> batch = new TreeMap<>(Map.of("王芳", "reference", "李娜", "wrong-gradient", "x y", "untouched",
        "x_y", "reference", "..", "reference", ".", "reference", "ada", "renamed-exercise", "alan", "truncated",
        "grace", "malformed"));
    for (var entry : batch.entrySet()) {
      Files.copy(CORPUS.resolve("submissions/" + entry.getValue() + ".ipynb"), in.resolve(entry.getKey() + ".ipynb"));
    }
    return in;
  }

  /** Starts {@code dlkit grade} in a JVM of its own, appending its output to {@code log}. */
  private static Process dlkitGrade(Path in, Path out, Path log) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true", "-cp",
        System.getProperty("java.class.path"), "org.dlkit.cli.Main", "grade", "--lab", SUITE.toAbsolutePath().toString(),
        in.toString(), "--out", out.toString(), "--jobs", "2", "--timeout", "10", "--time-limit", "60"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().put("LC_ALL", "C.UTF-8");
    return builder.start();
  }

  /**
   * Returns every file under {@code out} but the gradebook and the class report (which the command
   * writes and Grader.run does not, and which carries its own time), by path, with the timing taken
   * out of results.json.
   */
  private static Map<String, String> snapshot(Path out) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(out)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(file).toString().replace(File.separatorChar, '/');
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (file.getFileName().toString().equals(Reports.RESULTS)) {
          JsonObject results = JsonParser.parseString(text).getAsJsonObject();
          results.remove("execution_time");
          text = results.toString();
        }
        if (!name.equals(Gradebook.FILE) && !name.equals("report.html")) {
          files.put(name, text);
        }
      }
    }
    return files;
  }
}
