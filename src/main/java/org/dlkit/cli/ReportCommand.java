package org.dlkit.cli;

import org.dlkit.exercise.Suite;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Rebuilds a graded class's report.html from its results, without grading again. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = {"Write DIR/report.html from the results dlkit grade wrote into DIR, without grading again.",
        "With --similarity, compares the submissions with JPlag: give --submissions and --lab the first time; later "
            + "runs reuse DIR/.similarity."})
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The --out folder of dlkit grade.")
  private Path out;

  @Option(names = "--submissions", paramLabel = "SUBMISSIONS",
      description = "With --similarity: the submitted notebooks (as given to dlkit grade).")
  private Path submissions;

  @Option(names = "--lab", paramLabel = "LAB", description = "With --similarity: the lab, whose released notebook is the base code.")
  private String lab;

  @Mixin private ReportOptions report;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try {
      Path suite = lab == null ? null : Suite.labFolder(TestCommand.projectHome().resolve("grader"), lab);
      report.writeReport(out, submissions, suite, spec.commandLine().getOut());
      return 0;
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      err.println("dlkit report: " + e.getMessage());
      err.flush();
      return 2;
    }
  }
}
