package org.dlkit.grader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

  /** {@code --suite DIR --submission DIR --results FILE}. */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    Path suite = Path.of(options.getOrDefault("--suite", "grader"));
    Path submission = Path.of(options.getOrDefault("--submission", "/autograder/submission"));
    Path results = Path.of(options.getOrDefault("--results", "/autograder/results/results.json"));
    Checker checker = new Checker(Suite.in(suite), Checker.DEFAULT_TIMEOUT);
    String unavailable = Sandbox.unavailableReason();
    List<Path> classPath = Grader.sandboxClassPath();
    Sandbox sandbox = unavailable == null
        ? Sandbox.bubblewrap(Sandbox.readableByAll(classPath, Grader.sharedCache()), Sandbox.Limits.DEFAULT)
        : Sandbox.none(classPath, Sandbox.Limits.DEFAULT);
    if (unavailable != null) {
      System.err.println("dlkit: no bubblewrap sandbox in this container (" + unavailable + "); Gradescope's "
          + "container is the only isolation for this run");
    }
    SandboxRun run = new SandboxRun(sandbox, Checker.DEFAULT_TIMEOUT, Duration.ofMinutes(10));
    GradedSubmission graded;
    try (ScratchFolder work = ScratchFolder.create("dlkit-grade-")) {
      Sandbox.openUp(work.path());
      graded = new SubmissionGrader(checker, run, work.path()).grade("submission", notebook(submission));
    }
    Files.createDirectories(results.toAbsolutePath().getParent());
    AtomicFiles.writeString(results.toAbsolutePath(), Reports.resultsJson(graded, sandbox.isolated()));
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    out.println(Reports.feedback(graded));
    out.flush();
  }

  private static Path notebook(Path submission) throws IOException {
    try (Stream<Path> files = Files.walk(submission)) {
      return files.filter(f -> f.toString().endsWith(".ipynb") && !f.toString().contains(".ipynb_checkpoints"))
          .sorted().findFirst().orElse(submission.resolve("missing.ipynb"));
    }
  }
}
