package org.dlkit.bench;

import java.nio.file.Path;
import org.dlkit.grader.report.ClassReport;
import org.dlkit.grader.report.ReportSettings;
import org.dlkit.grader.report.Similarity;

/** Times the class report on a graded class: the report alone, then the report with the similarity check. */
public final class ReportBench {
  private ReportBench() {}

  /**
   * What the run measured.
   *
   * @param reportSeconds writing report.html without the similarity check
   * @param similaritySeconds the similarity check alone (input, JPlag, its result file), within the second report
   * @param withSimilaritySeconds writing report.html with the similarity check
   * @param pairs how many pairs the check listed
   * @param compared how many submissions JPlag compared
   * @param reportCpuSeconds the CPU time (all threads of this JVM) of the report alone
   * @param withSimilarityCpuSeconds the CPU time of the report with the similarity check
   */
  public record Report(double reportSeconds, double similaritySeconds, double withSimilaritySeconds, int pairs,
      int compared, double reportCpuSeconds, double withSimilarityCpuSeconds) {}

  /** Writes the report of the class graded into {@code out} twice (without, then with the similarity check of {@code submissions}). */
  public static Report run(Path out, Path submissions, Path released) {
    double cpu = cpuSeconds();
    ClassReport.Written plain = ClassReport.write(out, ReportSettings.plain(false));
    double plainCpu = cpuSeconds() - cpu;
    cpu = cpuSeconds();
    ClassReport.Written checked = ClassReport.write(out, new ReportSettings(false, true, Similarity.DEFAULT_THRESHOLD,
        submissions, released));
    double checkedCpu = cpuSeconds() - cpu;
    return new Report(plain.seconds(), checked.seconds() - plain.seconds(), checked.seconds(),
        checked.similarity().pairs().size(), checked.similarity().compared(), plainCpu, checkedCpu);
  }

  /** Returns the CPU time this JVM has used, or NaN where the JVM does not tell. */
  private static double cpuSeconds() {
    var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getProcessCpuTime() / 1e9 : Double.NaN;
  }
}
