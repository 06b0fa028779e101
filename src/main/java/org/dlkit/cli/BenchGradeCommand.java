package org.dlkit.cli;

import org.dlkit.exercise.Suite;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dlkit.bench.GradeBench;
import org.dlkit.bench.ReportBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times the autograder on generated submissions of one lab. */
@Command(name = "grade", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = "Time the autograder: grade generated submissions of a lab in the sandbox.")
final class BenchGradeCommand implements Callable<Integer> {
  @Option(names = "--lab", paramLabel = "LAB", description = "The lab (default: ${DEFAULT-VALUE}).")
  private String lab = "01";

  @Option(names = "--count", paramLabel = "N", description = "Submissions to generate (default: ${DEFAULT-VALUE}).")
  private int count = 100;

  @Option(names = "--jobs", paramLabel = "N", description = "Submissions graded at once (default: ${DEFAULT-VALUE}).")
  private int jobs = 2;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path home = TestCommand.projectHome();
    PrintWriter out = spec.commandLine().getOut();
    Path suite = Suite.labFolder(home.resolve("grader"), lab);
    String name = suite.getFileName().toString();
    Path work = Files.createTempDirectory("dlkit-bench-grade-");
    GradeBench.Report report = GradeBench.run(home.resolve("labs").resolve(name), home.resolve("notebooks").resolve(name),
        suite, count, jobs, work, out);
    out.printf(java.util.Locale.ROOT, "bench grade: %d submissions of %s, --jobs %d: %.1f s in all, median %.2f s "
        + "per submission (min %.2f, max %.2f); target <= 60 s for 100%n", report.submissions(), name, jobs,
        report.wallSeconds(), report.median(), report.perSubmission()[0],
        report.perSubmission()[report.perSubmission().length - 1]);
    ReportBench.Report classReport = ReportBench.run(work.resolve("graded"), work.resolve("submissions"),
        ReportOptions.releasedNotebook(home, name));
    out.printf(java.util.Locale.ROOT, "bench grade: report.html %.2f s (CPU %.2f s; target <= 3 s); similarity check "
        + "%.2f s (report with it: CPU %.2f s) for %d submissions, %d pairs listed (target <= 15 s)%n",
        classReport.reportSeconds(), classReport.reportCpuSeconds(), classReport.similaritySeconds(),
        classReport.withSimilarityCpuSeconds(), classReport.compared(), classReport.pairs());
    out.flush();
    return 0;
  }
}
