package org.dlkit.grader;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.Suite;

/**
 * Grades a folder of submitted notebooks against a lab's suite: collect, autograde in a sandbox,
 * then feedback and gradebook. The entry point of {@code dlkit grade}.
 */
public final class Grader {
  private Grader() {}

  /**
   * What to grade and how.
   *
   * @param suite the lab's grader suite folder
   * @param submissions a folder of notebooks, or a zip of them
   * @param out where results, feedback and the gradebook go
   * @param jobs how many submissions to grade at once
   * @param force whether to grade again the students already graded in {@code out}
   * @param testTimeout how long one test may run
   * @param wallClock how long all of one submission's tests may run
   * @param unsafeNoSandbox whether to run student code without bubblewrap
   * @param requireSandbox whether to stop, before grading anyone, when bubblewrap cannot isolate here
   */
  public record Options(Path suite, Path submissions, Path out, int jobs, boolean force, Duration testTimeout,
      Duration wallClock, boolean unsafeNoSandbox, boolean requireSandbox) {
    /** Returns options that require the sandbox unless {@code unsafeNoSandbox}. */
    public Options(Path suite, Path submissions, Path out, int jobs, boolean force, Duration testTimeout,
        Duration wallClock, boolean unsafeNoSandbox) {
      this(suite, submissions, out, jobs, force, testTimeout, wallClock, unsafeNoSandbox, !unsafeNoSandbox);
    }
  }

  /** The exit code of a run that graded, but left some submissions not graded (the sandbox would not start). */
  public static final int SOME_NOT_GRADED = 3;

  /**
   * Grades {@code options.submissions()} and prints progress and a summary; returns 0, 2 when it
   * cannot start (the required isolation cannot be reached here, no submissions), or
   * {@link #SOME_NOT_GRADED} when the sandbox would not start for some submissions.
   */
  public static int run(Options options, PrintWriter out, PrintWriter err) throws InterruptedException {
    Suite suite = Suite.in(options.suite());
    try (ScratchFolder scratch = ScratchFolder.create("dlkit-collect-")) {
      Submissions.Collected submissions = Submissions.collect(options.submissions(), scratch.path());
      if (submissions.isEmpty()) {
        err.println("dlkit grade: no notebooks in " + options.submissions() + " (expected student.ipynb files, "
            + "or one folder per student)");
        return 2;
      }
      Sandbox sandbox = sandbox(options.unsafeNoSandbox(), options.requireSandbox(), options.jobs(), err);
      if (sandbox == null) {
        return 2;
      }
      return grade(options, suite, submissions, sandbox, out, err);
    }
  }

  private static int grade(Options options, Suite suite, Submissions.Collected submissions, Sandbox sandbox,
      PrintWriter out, PrintWriter err) throws InterruptedException {
    SandboxRun run = new SandboxRun(sandbox, options.testTimeout(), options.wallClock());
    int count = submissions.notebooks().size() + submissions.refused().size();
    out.println("dlkit grade: " + count + " submission" + (count == 1 ? "" : "s")
        + " for " + options.suite().getFileName() + ", " + options.jobs() + " at a time; isolation "
        + sandbox.isolation().label() + ": " + sandbox.isolation().description() + "; limits: " + limitsText(sandbox));
    long start = System.nanoTime();
    ClassGrader.Summary summary = new ClassGrader(suite, run, sandbox.isolated(), options.jobs(), err)
        .grade(submissions, options.out(), options.force());
    Map<String, Double> maxByExercise = new LinkedHashMap<>();
    for (ExerciseReport report : suite.failEverything("")) {
      maxByExercise.put(report.exercise(), report.maxScore());
    }
    out.print(ClassGrader.summaryText(summary, maxByExercise));
    out.printf(java.util.Locale.ROOT, "took %.1f s; results in %s, gradebook %s%n", (System.nanoTime() - start) / 1e9,
        options.out(), options.out().resolve(Gradebook.FILE));
    long notGraded = summary.notGraded() - submissions.refused().size();
    if (notGraded > 0) {
      err.println("dlkit grade: " + notGraded + " submission" + (notGraded == 1 ? " was" : "s were") + " NOT graded "
          + "(see status in the gradebook); run the same command again to grade them");
      err.flush();
      return SOME_NOT_GRADED;
    }
    return 0;
  }

  /**
   * Returns the sandbox at the strongest isolation that works here, found by the probe; null, after
   * one clear message on {@code err}, when {@code require} and bubblewrap cannot isolate here.
   */
  static Sandbox sandbox(boolean unsafeNoSandbox, boolean require, int jobs, PrintWriter err) {
    List<Path> classPath = sandboxClassPath();
    Sandbox.Limits limits = Sandbox.Limits.DEFAULT;
    if (unsafeNoSandbox) {
      err.println("dlkit grade: WARNING: grading WITHOUT a sandbox (--unsafe-no-sandbox); student code runs with "
          + "your permissions, and every results.json says so.");
      err.flush();
      return Sandbox.at(Isolation.NONE, classPath, limits, jobs);
    }
    List<Path> readable = Sandbox.readableByAll(classPath, sharedCache());
    SandboxProbe.Result probe = SandboxProbe.choose(readable, limits, jobs,
        require ? Isolation.NO_USER_NAMESPACE : Isolation.NONE);
    if (probe.sandbox() == null) {
      err.println("dlkit grade: refusing to grade: no sandbox level at or above " + Isolation.NO_USER_NAMESPACE.label()
          + " works here, and --require-sandbox is on. Each level tried:" + probe.explanation()
          + "\nInstall bubblewrap and allow user namespaces, or pass --no-require-sandbox to grade at the strongest "
          + "level that works (each results.json and the gradebook say which).");
      err.flush();
      return null;
    }
    if (!probe.failures().isEmpty()) {
      err.println("dlkit grade: isolation " + probe.sandbox().isolation().label() + ", since stronger levels do not "
          + "work here:" + probe.explanation());
      err.flush();
    }
    return probe.sandbox().withClassDataIn(classDataFolder(readable), err);
  }

  /** Returns a line that says which mechanism limits each submission's processes and memory. */
  static String limitsText(Sandbox sandbox) {
    Sandbox.Limits limits = sandbox.limits();
    String mechanism = Cgroup.mechanism();
    return limits.heapMegabytes() + " MB heap, " + limits.memoryMegabytes() + " MB in all and " + limits.processes()
        + " processes per submission (" + (mechanism != null ? mechanism + " per submission"
        : "no control groups here: an address-space limit and a per-uid process limit") + (Slots.root()
        && sandbox.isolation() != Isolation.NONE ? ", a uid per slot from " + Slots.FIRST_UID : "") + ")";
  }

  /** Writes Gradescope's {@code autograder.zip} for the suite in {@code suite} to {@code zip}. */
  public static void writeGradescopeBundle(Path suite, Path zip, PrintWriter out) {
    Suite.in(suite);
    int jars = GradescopeBundle.write(suite, zip, sandboxClassPath());
    out.printf(java.util.Locale.ROOT, "dlkit grade: wrote %s (%.1f MB: setup.sh, run_autograder, dlkit and %d jars, "
        + "the %s suite). Upload it as the autograder of a Gradescope programming assignment.%n", zip,
        zip.toFile().length() / 1e6, jars - 1, suite.getFileName());
    out.flush();
  }

  /** Returns the class path the sandboxed JVM needs: this JVM's own (dlkit, JUnit and the libraries), less the report's JPlag. */
  static List<Path> sandboxClassPath() {
    List<Path> entries = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank() && Files.exists(Path.of(entry)) && !ReportOnlyJars.reportOnly(Path.of(entry).getFileName().toString())) {
        entries.add(Path.of(entry).toAbsolutePath());
      }
    }
    return entries;
  }

  /** Returns the folder for the sandbox's class-data archive, one per class path and Java version. */
  static Path classDataFolder(List<Path> classPath) {
    StringBuilder key = new StringBuilder(System.getProperty("java.vm.version"));
    for (Path entry : classPath) {
      key.append('|').append(entry).append('|').append(entry.toFile().length()).append('|').append(entry.toFile().lastModified());
    }
    return sharedCache().resolve("cds-" + Integer.toHexString(key.toString().hashCode()));
  }

  /**
   * Returns the folder where class path entries other users cannot read are linked, kept between
   * runs, with the class-data archives.
   */
  static Path sharedCache() {
    return Path.of(System.getProperty("java.io.tmpdir"), "dlkit-sandbox-classpath-" + System.getProperty("user.name"));
  }
}
