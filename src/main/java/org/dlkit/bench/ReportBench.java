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
   */
  public record Report(double reportSeconds, double similaritySeconds, double withSimilaritySeconds, int pairs,
      int compared) {}

  /** Writes the report of the class graded into {@code out} twice (without, then with the similarity check of {@code submissions}). */
  public static Report run(Path out, Path submissions, Path released) {
    ClassReport.Written plain = ClassReport.write(out, ReportSettings.plain(false));
    ClassReport.Written checked = ClassReport.write(out, new ReportSettings(false, true, Similarity.DEFAULT_THRESHOLD,
        submissions, released));
    return new Report(plain.seconds(), checked.seconds() - plain.seconds(), checked.seconds(),
        checked.similarity().pairs().size(), checked.similarity().compared());
  }
}
