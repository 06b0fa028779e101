package org.dlkit.grader;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.ExerciseReport;
import tech.tablesaw.api.Table;

/**
 * Grades a class: every collected notebook in parallel, each in its own sandboxed JVM, writing each
 * student's results as soon as they are known, then the gradebook and a summary. A submission
 * already graded is skipped unless forced, and a failure while grading one student becomes that
 * student's zero with the reason, never a lost batch.
 */
final class ClassGrader {
  private final Checker checker;
  private final SandboxRun run;
  private final boolean sandboxed;
  private final int jobs;
  private final PrintWriter progress;

  ClassGrader(Checker checker, SandboxRun run, boolean sandboxed, int jobs, PrintWriter progress) {
    this.checker = checker;
    this.run = run;
    this.sandboxed = sandboxed;
    this.jobs = jobs;
    this.progress = progress;
  }

  /** What a grading run did. */
  record Summary(int graded, int skipped, Table gradebook) {}

  /** Grades {@code submissions} (student → notebook) into {@code out}; with {@code force}, grades again those already graded. */
  Summary grade(Map<String, Path> submissions, Path out, boolean force) throws InterruptedException {
    Path work;
    try {
      Files.createDirectories(out);
      work = Files.createTempDirectory("dlkit-grade-");
      Sandbox.openUp(work);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + out, e);
    }
    SubmissionGrader grader = new SubmissionGrader(checker, run, work);
    List<Map.Entry<String, Path>> todo = new ArrayList<>();
    int skipped = 0;
    for (var submission : submissions.entrySet()) {
      Path results = out.resolve(folderName(submission.getKey())).resolve(Reports.RESULTS);
      if (!force && Files.isRegularFile(results) && Reports.status(results)[1].isEmpty()) {
        skipped++;
      } else {
        todo.add(submission);
      }
    }
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (var submission : todo) {
        futures.add(pool.submit(() -> {
          GradedSubmission graded = gradeSafely(grader, submission.getKey(), submission.getValue());
          Reports.write(graded, out.resolve(folderName(graded.student())), sandboxed);
          bar(done.incrementAndGet(), todo.size());
        }));
      }
      for (Future<?> future : futures) {
        try {
          future.get();
        } catch (java.util.concurrent.ExecutionException e) {
          progress.println("dlkit grade: could not write a result: " + e.getCause().getMessage());
        }
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
      Sandbox.deleteTree(work);
    }
    if (!todo.isEmpty() && System.console() != null) {
      progress.println();
    }
    Table gradebook = Gradebook.write(out, checker.suite().exerciseIds());
    return new Summary(todo.size(), skipped, gradebook);
  }

  private GradedSubmission gradeSafely(SubmissionGrader grader, String student, Path notebook) {
    try {
      return grader.grade(student, notebook);
    } catch (RuntimeException | Error e) {
      String why = "the grader failed on this submission (" + e + "); ask your instructor to look at it";
      return new GradedSubmission(student, checker.failEverything(why), 0, why);
    }
  }

  /** Redraws the progress bar in place on a terminal; elsewhere (a log, CI) prints a line every tenth. */
  private synchronized void bar(int done, int total) {
    int width = 30;
    int filled = total == 0 ? width : done * width / total;
    String bar = "grading [" + "=".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total;
    if (System.console() != null) {
      progress.print("\r" + bar);
    } else if (done == total || done * 10 / total != (done - 1) * 10 / total) {
      progress.println(bar);
    }
    progress.flush();
  }

  /** Returns a folder name safe for any student id. */
  static String folderName(String student) {
    return student.replaceAll("[^\\w.@-]", "_");
  }

  /** Returns the summary text: count, mean, and how many students lost points on each exercise. */
  static String summaryText(Summary summary, Map<String, Double> maxByExercise) {
    double maxScore = maxByExercise.values().stream().mapToDouble(Double::doubleValue).sum();
    Table book = summary.gradebook();
    StringBuilder text = new StringBuilder();
    text.append(String.format(java.util.Locale.ROOT, "%d graded, %d skipped (already graded; --force grades again); "
        + "%d in the gradebook%n", summary.graded(), summary.skipped(), book.rowCount()));
    if (book.rowCount() > 0) {
      text.append(String.format(java.util.Locale.ROOT, "mean %.2f of %s points (min %.2f, max %.2f)%n",
          book.doubleColumn("total").mean(), org.dlkit.exercise.Feedback.points(maxScore),
          book.doubleColumn("total").min(), book.doubleColumn("total").max()));
      text.append("students short of full marks, by exercise:\n");
      maxByExercise.forEach((exercise, max) -> text.append(String.format(java.util.Locale.ROOT, "  %-24s %d%n",
          exercise, book.doubleColumn(exercise).asList().stream().filter(v -> v < max).count())));
    }
    return text.toString();
  }
}
