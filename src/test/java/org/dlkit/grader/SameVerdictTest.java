package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.ExerciseCell;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.exercise.Suite;
import org.dlkit.exercise.TestResult;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the notebook's {@code check()} and {@code dlkit grade} to one verdict, for every lab: the same
 * correct notebook (the lab's solutions) and the same broken one (some exercises replaced by a
 * mistake from {@code grader/<lab>/mistakes}, some left as the released TODO, the rest correct) are
 * checked in process and graded in the bubblewrap sandbox, and every test must pass or fail alike,
 * with the same message and the same points. The visible tests {@code check()} runs for a student
 * must agree with the grade's visible tests too.
 */
class SameVerdictTest {
  private static final Path HOME = Path.of(System.getProperty("user.dir"));
  /** Each test's time, the same for both paths, long enough that a loaded machine times out neither. */
  private static final Duration TEST_TIMEOUT = Duration.ofSeconds(60);
  @TempDir
  static Path dir;

  @TestFactory
  Stream<DynamicTest> checkAndGradeAgreeOnEveryLab() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Path lab : Release.sources(HOME.resolve("labs"))) {
      String folder = lab.getParent().getFileName().toString();
      tests.add(dynamicTest(folder, () -> sameVerdict(lab, folder, dir.resolve(folder))));
    }
    assertEquals(6, tests.size(), "six labs under " + HOME.resolve("labs"));
    return tests.stream();
  }

  private static void sameVerdict(Path lab, String folder, Path dir) throws Exception {
    Path suiteFolder = HOME.resolve("grader").resolve(folder);
    Suite suite = Suite.in(suiteFolder);
    Path submissions = Files.createDirectories(dir.resolve("submissions"));
    Files.copy(lab, submissions.resolve("correct.ipynb"));
    Files.writeString(submissions.resolve("broken.ipynb"), broken(lab, folder, suiteFolder, suite),
        StandardCharsets.UTF_8);
    Path out = dir.resolve("graded");
    StringWriter printed = new StringWriter();
    int code = Grader.run(new Grader.Options(suiteFolder, submissions, out, 2, false, TEST_TIMEOUT,
        Duration.ofMinutes(15), false), new PrintWriter(printed, true), new PrintWriter(printed, true));
    assertEquals(0, code, printed.toString());
    Checker checker = new Checker(suite, TEST_TIMEOUT);
    for (String student : List.of("correct", "broken")) {
      NotebookFile notebook = NotebookFile.read(submissions.resolve(student + ".ipynb"));
      List<String> checked = new ArrayList<>();
      List<String> visible = new ArrayList<>();
      for (String id : suite.exerciseIds()) {
        checked.addAll(lines(checker.check(id, notebook.exercises(), notebook.imports(), Checker.ALL)));
        visible.addAll(lines(checker.check(id, notebook.exercises(), notebook.imports(), Checker.VISIBLE_ONLY)));
      }
      List<String> graded = gradedLines(out, student);
      assertEquals(checked, graded, folder + "/" + student + ": check() and dlkit grade disagree");
      assertEquals(visible, graded.stream().filter(l -> l.startsWith(Visibility.VISIBLE + " ")).toList(),
          folder + "/" + student + ": the student's check() and the grade's visible tests disagree");
      if (student.equals("correct")) {
        assertTrue(graded.stream().allMatch(l -> l.contains(" passed ")), String.join("\n", graded));
      } else {
        assertTrue(graded.stream().anyMatch(l -> l.contains(" passed ")), String.join("\n", graded));
        assertTrue(graded.stream().anyMatch(l -> l.contains(" failed ") && l.contains("TODO ")),
            String.join("\n", graded));
        assertTrue(graded.stream().anyMatch(l -> l.contains(" failed ") && !l.contains("TODO ")),
            String.join("\n", graded));
      }
    }
  }

  /** Returns one line per test: visibility, exercise and name, passed or failed, points, and the message. */
  private static List<String> lines(ExerciseReport report) {
    List<String> lines = new ArrayList<>();
    for (TestResult result : report.results()) {
      lines.add(line(result.visibility(), report.exercise() + ": " + result.name(), result.passed(), result.score(),
          result.maxScore(), result.message()));
    }
    return lines;
  }

  private static String line(String visibility, String name, boolean passed, double score, double maxScore,
      String message) {
    return String.format(java.util.Locale.ROOT, "%s %s %s %s/%s %s", visibility, name, passed ? "passed" : "failed",
        score, maxScore, message);
  }

  /** Returns the lines of {@code student}'s Gradescope {@code results.json}, the message without what the code printed. */
  private static List<String> gradedLines(Path out, String student) throws Exception {
    Path results;
    try (Stream<Path> files = Files.walk(out)) {
      results = files.filter(f -> f.getFileName().toString().equals(Reports.RESULTS)).filter(f -> readJson(f)
          .getAsJsonObject("extra_data").get("student").getAsString().equals(student)).findFirst().orElseThrow();
    }
    List<String> lines = new ArrayList<>();
    for (JsonElement element : readJson(results).getAsJsonArray("tests")) {
      JsonObject test = element.getAsJsonObject();
      String output = test.get("output").getAsString();
      String message = output.startsWith("Your code printed:\n") ? "" : output.split("\n\nYour code printed:\n", 2)[0];
      // check() names a known mistake under its panel, the grade after the first failing test's message
      message = message.split("\n\n" + java.util.regex.Pattern.quote(org.dlkit.exercise.Diagnosis.OPENING), 2)[0];
      lines.add(line(test.get("visibility").getAsString(), test.get("name").getAsString(),
          test.get("status").getAsString().equals("passed"), test.get("score").getAsDouble(),
          test.get("max_score").getAsDouble(), message));
    }
    return lines;
  }

  private static JsonObject readJson(Path file) {
    try {
      return JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Returns the lab notebook with its exercises broken in turn: the first, fourth, ... replaced by
   * their first mistake, the second, fifth, ... kept correct, the third, sixth, ... left as the
   * released student version (its TODO); an exercise without mistakes is left as the TODO.
   */
  private static String broken(Path lab, String folder, Path suiteFolder, Suite suite) throws Exception {
    Map<String, String> replaced = new LinkedHashMap<>();
    List<Mistake> mistakes = Mistake.in(suiteFolder);
    NotebookFile student = NotebookFile.read(HOME.resolve("notebooks").resolve(HOME.resolve("labs").relativize(lab)));
    List<String> ids = suite.exerciseIds();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      Optional<Mistake> mistake = mistakes.stream().filter(m -> m.exercise().equals(id)).findFirst();
      if (i % 3 == 0 && mistake.isPresent()) {
        replaced.put(id, mistake.get().cell().source());
      } else if (i % 3 != 1) {
        replaced.put(id, student.exercises().stream().filter(c -> c.id().equals(id)).findFirst()
            .map(ExerciseCell::source).orElseThrow());
      }
    }
    assertFalse(replaced.isEmpty(), folder + ": nothing to break");
    JsonObject notebook = readJson(lab);
    for (JsonElement element : notebook.getAsJsonArray("cells")) {
      JsonObject cell = element.getAsJsonObject();
      if (!cell.get("cell_type").getAsString().equals("code")) {
        continue;
      }
      JsonObject nbgrader = cell.has("metadata") && cell.getAsJsonObject("metadata").has("nbgrader")
          ? cell.getAsJsonObject("metadata").getAsJsonObject("nbgrader") : new JsonObject();
      Optional<String> id = nbgrader.has("solution") && nbgrader.get("solution").getAsBoolean()
          && nbgrader.has("grade_id") ? Optional.of(nbgrader.get("grade_id").getAsString())
          : ExerciseCell.markedId(NotebookFile.source(cell));
      if (id.isPresent() && replaced.containsKey(id.get())) {
        cell.addProperty("source", replaced.get(id.get()));
      }
    }
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(notebook);
  }
}
