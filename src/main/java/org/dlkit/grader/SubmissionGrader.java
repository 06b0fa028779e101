package org.dlkit.grader;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.NotebookFile;
import org.dlkit.exercise.Prepared;
import org.dlkit.exercise.Suite;
import org.dlkit.exercise.SuiteCompiler;

/**
 * Grades one notebook along the pipeline {@code check()} shares: reads its exercise cells, compiles
 * them with the suite's tests ({@link SuiteCompiler}), runs the plan in the sandbox
 * ({@link SandboxRun}) and returns the plan's verdict ({@link Prepared#reports}). Whatever the
 * notebook holds, it returns a report for every exercise.
 */
final class SubmissionGrader {
  private final SuiteCompiler compiler;
  private final SandboxRun sandbox;

  /**
   * Returns a grader for {@code suite} that runs in {@code sandbox}, keeping each submission's
   * classes in a new folder under {@code work}, deleted after its run.
   */
  SubmissionGrader(Suite suite, SandboxRun sandbox, Path work) {
    this.compiler = new SuiteCompiler(suite);
    this.sandbox = sandbox.in(work);
  }

  /** Returns a grader for the suite of {@code checker}; see {@link #SubmissionGrader(Suite, SandboxRun, Path)}. */
  SubmissionGrader(Checker checker, SandboxRun sandbox, Path work) {
    this(checker.suite(), sandbox, work);
  }

  /** Grades {@code notebook} as {@code student}'s. */
  GradedSubmission grade(String student, Path notebook) {
    long start = System.nanoTime();
    Suite suite = compiler.suite();
    NotebookFile file;
    try {
      file = NotebookFile.read(notebook);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      String why = "the notebook could not be read: " + e.getMessage();
      return new GradedSubmission(student, suite.failEverything(why), seconds(start), why);
    }
    long read = System.nanoTime();
    Prepared plan = compiler.compile(suite.exerciseIds(), file.exercises(), file.imports(), Checker.ALL);
    long compiled = System.nanoTime();
    List<ExerciseReport> reports;
    try {
      reports = plan.reports(sandbox.run(plan));
    } catch (SandboxRun.NotGraded e) {
      String why = "not graded: " + e.getMessage();
      return new GradedSubmission(student, suite.failEverything(why), seconds(start), why,
          sandbox.isolation().label(), e.getMessage());
    }
    if (Boolean.getBoolean("dlkit.grade.timing")) {
      System.err.printf("%n%s: read %.2f s, compile %.2f s, run %.2f s%n", student, (read - start) / 1e9,
          (compiled - read) / 1e9, (System.nanoTime() - compiled) / 1e9);
    }
    return new GradedSubmission(student, reports, seconds(start), String.join("\n", file.warnings()))
        .at(sandbox.isolation()).withReflections(file.reflections());
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
