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
import org.dlkit.exercise.Suite;
import org.dlkit.exercise.ExerciseReport;
import tech.tablesaw.api.Table;

/**
 * Grades a class: every collected notebook in parallel, each in its own sandboxed JVM, writing each
 * student's results as soon as they are known, then the gradebook and a summary. A submission
 * already graded is skipped unless forced, and a failure while grading one student becomes that
 * student's zero with the reason, never a lost batch. The grader's own files live in a temporary
 * folder it creates, and each student's in {@code out/<folder>}, the folder {@link StudentId} names.
 */
final class ClassGrader {
  private final Suite suite;
  private final SandboxRun run;
  private final boolean sandboxed;
  private final int jobs;
  private final PrintWriter progress;

  ClassGrader(Suite suite, SandboxRun run, boolean sandboxed, int jobs, PrintWriter progress) {
    this.suite = suite;
    this.run = run;
    this.sandboxed = sandboxed;
    this.jobs = jobs;
    this.progress = progress;
  }

  /** What a grading run did. */
  record Summary(int graded, int skipped, int notGraded, Table gradebook) {}

  /**
   * Grades {@code batch} into {@code out}, one folder per student; with {@code force}, grades again
   * those already graded. A student counts as graded only when their folder holds a readable
   * {@code results.json} of theirs (written last) that does not say "not graded", and a
   * {@code feedback.md}, so a run killed at any moment and run again grades exactly the students it
   * had not finished.
   */
  Summary grade(Submissions.Collected batch, Path out, boolean force) throws InterruptedException {
    batch.refused().forEach((student, why) -> progress.println("dlkit grade: not grading "
        + StudentId.printable(student) + ": " + why));
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + out, e);
    }
    Map<String, String> notGraded = new java.util.concurrent.ConcurrentSkipListMap<>(batch.refused());
    List<Map.Entry<StudentId, Path>> todo = new ArrayList<>();
    for (var submission : batch.notebooks().entrySet()) {
      StudentId student = submission.getKey();
      boolean done = ResultsFile.in(student.folderIn(out))
          .map(r -> r.student().equals(student.name()) && r.notGraded().isEmpty()).orElse(false);
      if (force || !done) {
        todo.add(submission);
      }
    }
    try (ScratchFolder work = ScratchFolder.create("dlkit-grade-")) {
      Sandbox.openUp(work.path());
      gradeAll(todo, out, new SubmissionGrader(suite, run, work.path()), notGraded);
    } catch (IOException e) {
      throw new UncheckedIOException("could not let the sandbox read the grader's temporary folder", e);
    }
    if (!todo.isEmpty() && System.console() != null) {
      progress.println();
    }
    List<Gradebook.Row> rows = Gradebook.rows(out, notGraded, skipped -> progress.println("dlkit grade: "
        + "left out of the gradebook: " + skipped));
    Table gradebook = Gradebook.of(rows, suite.exerciseIds());
    Gradebook.write(out, gradebook);
    return new Summary(todo.size() - (notGraded.size() - batch.refused().size()),
        batch.notebooks().size() - todo.size(), notGraded.size(), gradebook);
  }

  /** Grades {@code todo} on the pool, writing each student's results as they come; a student whose results cannot be written goes to {@code notGraded}. */
  private void gradeAll(List<Map.Entry<StudentId, Path>> todo, Path out, SubmissionGrader grader,
      Map<String, String> notGraded) throws InterruptedException {
    AtomicInteger done = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs));
    try {
      Map<StudentId, Future<?>> futures = new java.util.LinkedHashMap<>();
      for (var submission : todo) {
        StudentId student = submission.getKey();
        futures.put(student, pool.submit(() -> {
          GradedSubmission graded = gradeSafely(grader, student.name(), submission.getValue());
          Reports.write(graded, student.folderIn(out), sandboxed);
          bar(done.incrementAndGet(), todo.size());
        }));
      }
      for (var future : futures.entrySet()) {
        try {
          future.getValue().get();
        } catch (java.util.concurrent.ExecutionException e) {
          String why = "the grader could not write the results: " + e.getCause().getMessage();
          progress.println("dlkit grade: " + StudentId.printable(future.getKey().name()) + ": " + why);
          notGraded.put(future.getKey().name(), why);
        }
      }
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    }
  }

  private GradedSubmission gradeSafely(SubmissionGrader grader, String student, Path notebook) {
    try {
      return grader.grade(student, notebook);
    } catch (RuntimeException | Error e) {
      String why = "the grader failed on this submission (" + e + "); ask your instructor to look at it";
      return new GradedSubmission(student, suite.failEverything(why), 0, why);
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

  /** Returns the summary text: count, mean, and how many students lost points on each exercise. */
  static String summaryText(Summary summary, Map<String, Double> maxByExercise) {
    double maxScore = maxByExercise.values().stream().mapToDouble(Double::doubleValue).sum();
    Table book = summary.gradebook();
    StringBuilder text = new StringBuilder();
    text.append(String.format(java.util.Locale.ROOT, "%d graded, %d skipped (already graded; --force grades again), "
        + "%d not graded; %d in the gradebook%n", summary.graded(), summary.skipped(), summary.notGraded(),
        book.rowCount()));
    if (book.doubleColumn("total").size() > book.doubleColumn("total").countMissing()) {
      text.append(String.format(java.util.Locale.ROOT, "mean %.2f of %s points (min %.2f, max %.2f)%n",
          book.doubleColumn("total").mean(), org.dlkit.exercise.Feedback.points(maxScore),
          book.doubleColumn("total").min(), book.doubleColumn("total").max()));
      text.append("students short of full marks, by exercise:\n");
      maxByExercise.forEach((exercise, max) -> text.append(String.format(java.util.Locale.ROOT, "  %-24s %d%n",
          exercise, book.doubleColumn(exercise).asList().stream().filter(v -> v != null && v < max).count())));
    }
    return text.toString();
  }
}
