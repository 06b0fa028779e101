package org.dlkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import org.dlkit.grader.report.ClassReport;
import org.dlkit.grader.report.ReportSettings;
import org.dlkit.grader.report.Similarity;
import picocli.CommandLine.Option;

/** The options of the class report, shared by {@code dlkit grade} and {@code dlkit report}. */
final class ReportOptions {
  @Option(names = "--similarity", description = "Also compare the students' exercise cells with JPlag (the released "
      + "notebook is the base code) and list the similar pairs in report.html.")
  boolean similarity;

  @Option(names = "--similarity-threshold", paramLabel = "SHARE",
      description = "The average similarity (0 to 1) a pair needs to be listed (default: ${DEFAULT-VALUE}).")
  double threshold = Similarity.DEFAULT_THRESHOLD;

  @Option(names = "--anonymous", description = "Show students under stable pseudonyms in report.html, without links "
      + "to their feedback.")
  boolean anonymous;

  /**
   * Writes {@code out/report.html} and prints where; {@code submissions} and {@code suite} may be
   * null when an earlier similarity input is reused.
   */
  void writeReport(Path out, Path submissions, Path suite, PrintWriter print) {
    // The released notebook is only the similarity check's base code; a report without it needs none.
    Path released = suite == null || !similarity ? null
        : releasedNotebook(TestCommand.projectHome(), suite.getFileName().toString());
    ClassReport.Written written = ClassReport.write(out, new ReportSettings(anonymous, similarity, threshold,
        submissions, released));
    print.printf(Locale.ROOT, "report: %s (%d graded, %d not graded; %.1f s)%n", written.html(),
        written.results().graded().size(), written.results().notGraded().size(), written.seconds());
    if (written.similarity() != null) {
      print.printf(Locale.ROOT, "similarity: %d pairs at or above %.0f%% among %d submissions (%.1f s); JPlag's result: %s%n",
          written.similarity().pairs().size(), threshold * 100, written.similarity().compared(),
          written.similarity().seconds(), written.similarity().jplagResult());
    }
    print.flush();
  }

  /** Returns the released student notebook of a lab: the first notebook in {@code notebooks/<lab folder>}. */
  static Path releasedNotebook(Path home, String labFolder) {
    Path folder = home.resolve("notebooks").resolve(labFolder);
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".ipynb")).sorted().findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no released notebook in " + folder + "; run dlkit release"));
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + folder + " (the released notebook is the similarity base code)", e);
    }
  }
}
