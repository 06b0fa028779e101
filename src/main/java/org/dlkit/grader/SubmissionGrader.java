package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.exercise.Prepared;
import org.dlkit.exercise.TestOutline;
import org.dlkit.exercise.TestResult;

/**
 * Grades one notebook: reads its exercise cells, compiles them with the suite here, and runs the
 * tests in the sandbox. Whatever the notebook holds, it returns a report for every exercise.
 */
final class SubmissionGrader {
  private final Checker checker;
  private final SandboxRun sandbox;
  private final Path work;

  /**
   * Returns a grader that compiles with {@code checker}, runs in {@code sandbox}, and keeps each
   * submission's classes in a new folder under {@code work} (named by the grader, never by the
   * student), deleted after its run.
   */
  SubmissionGrader(Checker checker, SandboxRun sandbox, Path work) {
    this.checker = checker;
    this.sandbox = sandbox;
    this.work = work;
  }

  /** Grades {@code notebook} as {@code student}'s. */
  GradedSubmission grade(String student, Path notebook) {
    long start = System.nanoTime();
    NotebookFile file;
    try {
      file = NotebookFile.read(notebook);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      String why = "the notebook could not be read: " + e.getMessage();
      return new GradedSubmission(student, checker.failEverything(why), seconds(start), why);
    }
    long read = System.nanoTime();
    Prepared prepared = checker.prepare(checker.suite().exerciseIds(), file.exercises(), file.imports(), Checker.ALL);
    List<SandboxRun.Test> tests = new ArrayList<>();
    prepared.runnable().forEach((id, runnable) -> runnable.tests().forEach(
        t -> tests.add(new SandboxRun.Test(id, runnable.testClass(), t.method()))));
    Map<SandboxRun.Test, SandboxRun.Outcome> outcomes;
    double runSeconds = 0;
    try (ScratchFolder classes = ScratchFolder.createIn(work, "submission-")) {
      openUp(classes.path());
      writeClasses(classes.path(), prepared.classes());
      long before = System.nanoTime();
      outcomes = tests.isEmpty() ? Map.of() : sandbox.run(classes.path(), tests);
      runSeconds = (System.nanoTime() - before) / 1e9;
    } catch (SandboxRun.NotGraded e) {
      String why = "not graded: " + e.getMessage();
      return new GradedSubmission(student, checker.failEverything(why), seconds(start), why,
          sandbox.isolation().label(), e.getMessage());
    }
    long ran = System.nanoTime();
    if (Boolean.getBoolean("dlkit.grade.timing")) {
      System.err.printf("%n%s: read %.2f s, compile %.2f s, run %.2f s%n", student, (read - start) / 1e9,
          (ran - read) / 1e9 - runSeconds, runSeconds);
    }
    List<ExerciseReport> reports = new ArrayList<>();
    for (String id : checker.suite().exerciseIds()) {
      Prepared.Tests runnable = prepared.runnable().get(id);
      if (runnable == null) {
        reports.add(prepared.notCompiled().stream().filter(r -> r.exercise().equals(id)).findFirst().orElseThrow());
        continue;
      }
      List<TestResult> results = new ArrayList<>(runnable.failed());
      for (TestOutline test : runnable.tests()) {
        SandboxRun.Outcome outcome = outcomes.get(new SandboxRun.Test(id, runnable.testClass(), test.method()));
        TestResult result = outcome.passed()
            ? TestResult.passed(id, test.name(), test.points(), test.visibility())
            : test.failed(id, prepared.locate(outcome.message()));
        results.add(result.withOutput(outcome.output()));
      }
      reports.add(new ExerciseReport(id, results));
    }
    return new GradedSubmission(student, reports, seconds(start), String.join("\n", file.warnings()))
        .at(sandbox.isolation()).withReflections(file.reflections());
  }

  private static void openUp(Path folder) {
    try {
      Sandbox.openUp(folder);
    } catch (IOException e) {
      throw new UncheckedIOException("could not let the sandbox read " + folder, e);
    }
  }

  private static void writeClasses(Path dir, Map<String, byte[]> classes) {
    try {
      for (var entry : classes.entrySet()) {
        Path file = dir.resolve(entry.getKey().replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the compiled submission to " + dir, e);
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
