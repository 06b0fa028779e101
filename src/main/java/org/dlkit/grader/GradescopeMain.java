package org.dlkit.grader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.Suite;

/**
 * Grades the one submission Gradescope hands {@code run_autograder}, with the sandbox when the
 * container allows it, and writes Gradescope's {@code results.json}.
 */
public final class GradescopeMain {
  private GradescopeMain() {}

  /**
   * {@code --suite DIR --submission DIR --results FILE [--require-sandbox]}. Without
   * {@code --require-sandbox} it grades at the strongest isolation the container allows, down to a
   * plain JVM, and says which in results.json; with it, a container where bubblewrap cannot isolate
   * gets a results.json that says the submission was not graded, and exit code 2.
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new java.util.HashMap<>();
    boolean require = false;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--require-sandbox")) {
        require = true;
      } else if (i + 1 < args.length) {
        options.put(args[i], args[++i]);
      }
    }
    Path suite = Path.of(options.getOrDefault("--suite", "grader"));
    Path submission = Path.of(options.getOrDefault("--submission", "/autograder/submission"));
    Path results = Path.of(options.getOrDefault("--results", "/autograder/results/results.json"));
    Suite lab = Suite.in(suite);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Sandbox sandbox = Grader.sandbox(false, require, 1, err);
    Files.createDirectories(results.toAbsolutePath().getParent());
    if (sandbox == null) {
      GradedSubmission none = new GradedSubmission("submission", lab.failEverything(
          "not graded: this container cannot run the sandbox"), 0, "not graded: the autograder requires a sandbox that "
          + "this container cannot run", "", "no sandbox level works in this container");
      Files.writeString(results, Reports.resultsJson(none, false), StandardCharsets.UTF_8);
      System.exit(2);
    }
    SandboxRun run = new SandboxRun(sandbox, Checker.DEFAULT_TIMEOUT, Duration.ofMinutes(10));
    GradedSubmission graded;
    try (ScratchFolder work = ScratchFolder.create("dlkit-grade-")) {
      Sandbox.openUp(work.path());
      graded = new SubmissionGrader(lab, run, work.path()).grade("submission", notebook(submission));
    }
    AtomicFiles.writeString(results.toAbsolutePath(), Reports.resultsJson(graded, sandbox.isolated()));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.println(Reports.feedback(graded));
    out.flush();
    if (!graded.graded()) {
      System.exit(Grader.SOME_NOT_GRADED);
    }
  }

  private static Path notebook(Path submission) throws IOException {
    try (Stream<Path> files = Files.walk(submission)) {
      return files.filter(f -> f.toString().endsWith(".ipynb") && !f.toString().contains(".ipynb_checkpoints"))
          .sorted().findFirst().orElse(submission.resolve("missing.ipynb"));
    }
  }
}
