package org.dlkit.cli;

import org.dlkit.exercise.Suite;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.dlkit.grader.Grader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Grades a folder (or zip) of submitted notebooks for one lab, each in a sandbox. */
@Command(name = "grade", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = {"Grade submitted notebooks, each in a sandbox.",
        "Each submission runs in its own JVM inside bubblewrap. Writes DIR/<student>/results.json (Gradescope's "
            + "schema), DIR/<student>/feedback.md, DIR/gradebook.csv and DIR/report.html (see dlkit report)."})
final class GradeCommand implements Callable<Integer> {
  @Option(names = "--gradescope-bundle", paramLabel = "LAB",
      description = "Instead of grading, write autograder.zip for Gradescope (into DIR, default: the current folder).")
  private String bundleLab;

  @Option(names = "--mutations", paramLabel = "LAB",
      description = {"Instead of grading, measure LAB's suite (or 'all' labs) against its corpus of wrong solutions "
          + "(grader/<lab>/mistakes): prints a table per exercise and writes each mistake's verdict into DIR "
          + "(default: target/mutations)."})
  private String mutationsLab;

  @Option(names = "--write-readme", description = "With --mutations all, also put the table into grader/README.md.")
  private boolean writeReadme;

  @Option(names = "--lab", paramLabel = "LAB", description = "The lab: 01, 01-perceptron, or the path of a suite folder.")
  private String lab;

  @Parameters(index = "0", arity = "0..1", paramLabel = "SUBMISSIONS",
      description = "A folder of <student>.ipynb files, a folder of one folder per student, or a .zip of either.")
  private Path submissions;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the results go (default: grades/<lab>).")
  private Path out;

  @Option(names = "--jobs", paramLabel = "N", description = "Submissions graded at once (default: the cores, ${DEFAULT-VALUE}).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--force", description = "Grade again the students already graded in DIR.")
  private boolean force;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per test (default: ${DEFAULT-VALUE}).")
  private int timeout = 10;

  @Option(names = "--time-limit", paramLabel = "SECONDS",
      description = "Time limit for all of one submission's tests (default: ${DEFAULT-VALUE}).")
  private int timeLimit = 120;

  @Option(names = "--unsafe-no-sandbox", description = "Run student code without bubblewrap. Only for code you trust.")
  private boolean unsafeNoSandbox;

  @Option(names = "--require-sandbox", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Stop before grading anyone when bubblewrap cannot isolate here (default: on). With "
          + "--no-require-sandbox, grade at the strongest level that works; the results and gradebook say which.")
  private boolean requireSandbox = true;
  @picocli.CommandLine.Mixin private ReportOptions report;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    java.io.PrintWriter err = spec.commandLine().getErr();
    Path home = TestCommand.projectHome();
    try {
      if (bundleLab != null) {
        Path suite = suite(home, bundleLab);
        Path zip = (out != null ? out : Path.of(".")).resolve("autograder.zip");
        Grader.writeGradescopeBundle(suite, zip, spec.commandLine().getOut());
        return 0;
      }
      if (mutationsLab != null) {
        return Mutations.run(home, mutationsLab, out != null ? out : home.resolve("target/mutations"), writeReadme,
            spec.commandLine().getOut());
      }
      if (lab == null || submissions == null) {
        err.println("dlkit grade: give --lab LAB and the SUBMISSIONS folder, or --gradescope-bundle LAB");
        err.flush();
        return 2;
      }
      Path suite = suite(home, lab);
      Path target = out != null ? out : Path.of("grades", suite.getFileName().toString());
      int status = Grader.run(new Grader.Options(suite, submissions, target, jobs, force, Duration.ofSeconds(timeout),
          Duration.ofSeconds(timeLimit), unsafeNoSandbox, requireSandbox && !unsafeNoSandbox), spec.commandLine().getOut(),
          err);
      if (status == 0 || status == Grader.SOME_NOT_GRADED) {
        report.writeReport(target, submissions, suite, spec.commandLine().getOut());
      }
      return status;
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      err.println("dlkit grade: " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  private static Path suite(Path home, String lab) {
    return java.nio.file.Files.isDirectory(Path.of(lab)) && lab.contains("/") ? Path.of(lab)
        : Suite.labFolder(home.resolve("grader"), lab);
  }
}
