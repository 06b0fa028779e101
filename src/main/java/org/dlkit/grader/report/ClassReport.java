package org.dlkit.grader.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dlkit.exercise.Feedback;
import org.dlkit.grader.SubmittedNotebooks;

/**
 * Writes {@code report.html} into a {@code dlkit grade} output folder: the instructor's view of the
 * class in one self-contained page (figures embedded as PNG data), built from the results already
 * written, with an optional similarity check by JPlag.
 */
public final class ClassReport {
  /** The report's file name inside the results folder. */
  public static final String FILE = "report.html";
  /** The folder (inside the results folder) of the similarity check's input and JPlag's result. */
  public static final String SIMILARITY_FOLDER = ".similarity";
  private static final int WORST_TESTS = 10;
  /** How many of the most similar pairs show their matched cells side by side (the rest are table rows). */
  private static final int DETAILED_PAIRS = 25;

  /**
   * What writing the report did.
   *
   * @param html the report written
   * @param results the results it shows
   * @param similarity the similarity check's findings, or null when it did not run
   * @param seconds how long the whole report took, similarity check included
   */
  public record Written(Path html, ClassResults results, SimilarityResult similarity, double seconds) {}

  private ClassReport() {}

  /** Writes {@code out/report.html} from the results in {@code out}. */
  public static Written write(Path out, ReportSettings settings) {
    long start = System.nanoTime();
    ClassResults results = ResultsReader.read(out);
    SimilarityResult similarity = settings.similarity() ? similarity(out, results, settings) : null;
    String html = new ClassReport.Page(out, results, ClassStats.of(results), similarity, settings.anonymous()).html();
    Path file = out.resolve(FILE);
    try {
      Files.writeString(file, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
    return new Written(file, results, similarity, (System.nanoTime() - start) / 1e9);
  }

  private static SimilarityResult similarity(Path out, ClassResults results, ReportSettings settings) {
    Path dir = out.resolve(SIMILARITY_FOLDER);
    List<String> skipped = List.of();
    try {
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(ResultsReader.OWN_FOLDER_MARKER), "written by dlkit report\n");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create " + dir, e);
    }
    if (settings.submissions() != null) {
      if (settings.released() == null) {
        throw new IllegalArgumentException("the similarity check needs the released notebook as base code; give --lab");
      }
      try (SubmittedNotebooks submitted = SubmittedNotebooks.collect(settings.submissions())) {
        Map<String, Path> byFolder = new LinkedHashMap<>();
        for (GradedStudent student : results.graded()) {
          Path notebook = submitted.byStudent().get(student.student());
          if (notebook != null) {
            byFolder.put(student.folder(), notebook);
          }
        }
        skipped = SimilarityInput.write(byFolder, settings.released(), dir);
      }
    } else if (!Files.isDirectory(dir.resolve(SimilarityInput.SUBMISSIONS))) {
      throw new IllegalArgumentException("no earlier similarity input in " + dir + "; give the submissions with "
          + "--submissions DIR and the lab with --lab LAB");
    }
    return Similarity.run(dir, settings.threshold(), skipped);
  }

  /** The HTML of one report. */
  private static final class Page {
    private final Path out;
    private final ClassResults results;
    private final ClassStats stats;
    private final SimilarityResult similarity;
    private final boolean anonymous;
    private final Map<String, String> nameByFolder = new LinkedHashMap<>();
    private final StringBuilder html = new StringBuilder();

    Page(Path out, ClassResults results, ClassStats stats, SimilarityResult similarity, boolean anonymous) {
      this.out = out;
      this.results = results;
      this.stats = stats;
      this.similarity = similarity;
      this.anonymous = anonymous;
      for (GradedStudent student : results.graded()) {
        nameByFolder.put(student.folder(), anonymous ? Pseudonyms.of(student.student()) : student.student());
      }
    }

    String html() {
      String title = "Class report: " + out.toAbsolutePath().normalize().getFileName();
      html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(title))
          .append("</title>\n<style>").append(STYLE).append("</style></head>\n<body>\n<h1>").append(escape(title))
          .append("</h1>\n<p>").append(results.graded().size()).append(" graded, ").append(results.notGraded().size())
          .append(" not graded; written ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS))
          .append(anonymous ? "; students under pseudonyms" : "").append(".</p>\n");
      scores();
      exercises();
      html.append(KnownMistakesSection.html(results, nameByFolder::get));
      tests();
      students();
      notGraded();
      times();
      if (similarity != null) {
        similarity();
      }
      return html.append("</body></html>\n").toString();
    }

    private void scores() {
      html.append("<h2 id=\"scores\">Total scores</h2>\n");
      if (stats.totals().length > 0) {
        image(Charts.histogram("Total scores", "points", stats.totals(), 0, stats.maxScore(), 10, 640, 360),
            "histogram of total scores");
      }
      html.append("<table class=\"summary\">");
      row("students graded", String.valueOf(stats.totals().length), "graded");
      row("maximum", Feedback.points(stats.maxScore()), "max");
      row("mean", number(stats.mean()), "mean");
      row("median", number(stats.median()), "median");
      row("at full marks", String.valueOf(stats.atFullMarks()), "full-marks");
      row("at zero", String.valueOf(stats.atZero()), "zero");
      html.append("</table>\n");
    }

    private void exercises() {
      html.append("<h2 id=\"exercises\">Exercises</h2>\n<table><tr><th>exercise</th><th>points</th><th>mean</th>");
      for (Trouble trouble : Trouble.values()) {
        html.append("<th>").append(trouble.words()).append("</th>");
      }
      html.append("</tr>\n");
      for (ClassStats.ExerciseStats exercise : stats.exercises()) {
        html.append("<tr data-exercise=\"").append(escape(exercise.exercise())).append("\"><td>")
            .append(escape(exercise.exercise())).append("</td><td>").append(Feedback.points(exercise.maxScore()))
            .append("</td><td data-key=\"mean\">").append(number(exercise.mean())).append("</td>");
        for (Trouble trouble : Trouble.values()) {
          html.append("<td data-key=\"").append(trouble.name().toLowerCase(Locale.ROOT)).append("\">")
              .append(exercise.count(trouble)).append("</td>");
        }
        html.append("</tr>\n");
      }
      html.append("</table>\n<div class=\"figures\">");
      for (ClassStats.ExerciseStats exercise : stats.exercises()) {
        if (exercise.scores().length > 0) {
          int bins = (int) Math.max(1, Math.min(10, Math.ceil(exercise.maxScore())));
          image(Charts.histogram(exercise.exercise(), "points", exercise.scores(), 0, exercise.maxScore(), bins, 360, 240),
              "histogram of " + exercise.exercise());
        }
      }
      html.append("</div>\n");
    }

    private void tests() {
      html.append("<h2 id=\"tests\">Tests, worst pass rate first</h2>\n<table><tr><th>test</th><th>passed</th>"
          + "<th>pass rate</th><th>commonest failure messages (numbers grouped)</th></tr>\n");
      int rank = 0;
      for (ClassStats.TestStats test : stats.tests()) {
        html.append("<tr data-test=\"").append(escape(test.name())).append("\"><td>").append(escape(test.name()))
            .append("</td><td>").append(test.passes()).append(" of ").append(test.runs())
            .append("</td><td data-key=\"pass-rate\">").append(percent(test.passRate())).append("</td><td>");
        if (rank++ < WORST_TESTS && !test.messages().isEmpty()) {
          html.append("<ol class=\"messages\">");
          for (MessageGroups.Group group : test.messages()) {
            html.append("<li><span class=\"count\" data-key=\"message-count\">").append(group.count())
                .append("×</span> <code>").append(escape(shorten(group.example(), 400))).append("</code></li>");
          }
          html.append("</ol>");
        }
        html.append("</td></tr>\n");
      }
      html.append("</table>\n");
    }

    private void students() {
      html.append("<h2 id=\"students\">Students</h2>\n<table><tr><th>student</th><th>total</th>");
      for (String exercise : results.exercises()) {
        html.append("<th>").append(escape(exercise)).append("</th>");
      }
      html.append("<th>grading time</th></tr>\n");
      for (GradedStudent student : results.graded()) {
        String name = escape(nameByFolder.get(student.folder()));
        Path feedback = out.resolve(student.folder()).resolve("feedback.md");
        html.append("<tr class=\"student\"><td>");
        if (!anonymous && Files.isRegularFile(feedback)) {
          html.append("<a href=\"").append(href(student.folder())).append("/feedback.md\">").append(name).append("</a>");
        } else {
          html.append(name);
        }
        html.append("</td><td>").append(Feedback.points(student.score())).append("</td>");
        for (String exercise : results.exercises()) {
          html.append("<td>").append(Feedback.points(student.scoreOf(exercise))).append("</td>");
        }
        html.append("<td>").append(seconds(student.seconds())).append("</td></tr>\n");
      }
      html.append("</table>\n");
    }

    private void notGraded() {
      html.append("<h2 id=\"not-graded\">Not graded</h2>\n");
      if (results.notGraded().isEmpty()) {
        html.append("<p>Every student folder has its results.</p>\n");
        return;
      }
      html.append("<ul>");
      for (NotGraded folder : results.notGraded()) {
        html.append("<li class=\"not-graded\"><b>").append(escape(anonymous ? Pseudonyms.of(folder.folder()) : folder.folder()))
            .append("</b>: not graded: ").append(escape(folder.reason())).append("</li>\n");
      }
      html.append("</ul>\n");
    }

    private void times() {
      html.append("<h2 id=\"times\">Grading time</h2>\n");
      double[] times = results.graded().stream().mapToDouble(GradedStudent::seconds).filter(t -> !Double.isNaN(t)).toArray();
      if (times.length > 0) {
        double max = Arrays.stream(times).max().orElse(1);
        image(Charts.histogram("Grading time per submission", "seconds", times, 0, Math.ceil(max), 10, 640, 360),
            "histogram of grading times");
      }
      html.append("<p>Slowest five:</p><ol class=\"slowest\">");
      for (GradedStudent student : stats.slowest()) {
        html.append("<li>").append(escape(nameByFolder.get(student.folder()))).append(": ")
            .append(seconds(student.seconds())).append("</li>");
      }
      html.append("</ol>\n");
    }

    private void similarity() {
      html.append("<h2 id=\"similarity\">Similarity (JPlag)</h2>\n<p>").append(similarity.compared())
          .append(" submissions compared by JPlag ").append(de.jplag.JPlag.JPLAG_VERSION)
          .append(" against the released notebook as base code; pairs at or above ")
          .append(percent(similarity.threshold())).append(" average similarity: <b data-key=\"pairs\">")
          .append(similarity.pairs().size()).append("</b>.");
      if (similarity.jplagResult() != null) {
        html.append(" JPlag's own result, for its report viewer: <a href=\"")
            .append(href(out.relativize(similarity.jplagResult()).toString())).append("\">")
            .append(escape(out.relativize(similarity.jplagResult()).toString())).append("</a>.");
      }
      html.append("</p>\n");
      if (!similarity.pairs().isEmpty()) {
        html.append("<table class=\"pairs\"><tr><th>students</th><th>similarity</th></tr>\n");
        for (SimilarPair pair : similarity.pairs()) {
          html.append("<tr class=\"pair-row\"><td>").append(escape(name(pair.first()))).append(" and ")
              .append(escape(name(pair.second()))).append("</td><td>").append(percent(pair.similarity())).append("</td></tr>\n");
        }
        html.append("</table>\n");
      }
      if (similarity.pairs().size() > DETAILED_PAIRS) {
        html.append("<p>The matched cells of the ").append(DETAILED_PAIRS).append(" most similar pairs; JPlag's viewer "
            + "shows the others.</p>\n");
      }
      for (SimilarPair pair : similarity.pairs().subList(0, Math.min(DETAILED_PAIRS, similarity.pairs().size()))) {
        html.append("<details class=\"pair\"><summary>").append(escape(name(pair.first()))).append(" and ")
            .append(escape(name(pair.second()))).append(": <b>").append(percent(pair.similarity())).append("</b></summary>\n");
        for (SimilarPair.CellMatch cell : pair.cells()) {
          html.append("<div class=\"side\"><div><h4>").append(escape(name(pair.first()))).append(": ")
              .append(escape(cell.firstExercise())).append("</h4>");
          code(cell.firstSource(), cell.firstLines());
          html.append("</div><div><h4>").append(escape(name(pair.second()))).append(": ")
              .append(escape(cell.secondExercise())).append(" (").append(cell.tokens()).append(" tokens matched)</h4>");
          code(cell.secondSource(), cell.secondLines());
          html.append("</div></div>\n");
        }
        html.append("</details>\n");
      }
      if (!similarity.skipped().isEmpty()) {
        html.append("<p>Left out of the comparison:</p><ul>");
        for (String skipped : similarity.skipped()) {
          html.append("<li class=\"skipped\">").append(escape(anonymizeFolder(skipped))).append("</li>");
        }
        html.append("</ul>\n");
      }
      html.append("<p>Took ").append(seconds(similarity.seconds())).append(".</p>\n");
    }

    private String anonymizeFolder(String skipped) {
      int colon = skipped.indexOf(": ");
      return colon < 0 ? skipped : name(skipped.substring(0, colon)) + skipped.substring(colon);
    }

    private String name(String folder) {
      return nameByFolder.getOrDefault(folder, anonymous ? Pseudonyms.of(folder) : folder);
    }

    private void code(String source, java.util.Set<Integer> marked) {
      html.append("<pre>");
      String[] lines = source.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        boolean mark = marked.contains(i + 1);
        html.append(mark ? "<mark>" : "").append(escape(lines[i])).append(mark ? "</mark>" : "").append('\n');
      }
      html.append("</pre>");
    }

    private void image(String dataUri, String alt) {
      html.append("<img src=\"").append(dataUri).append("\" alt=\"").append(escape(alt)).append("\">\n");
    }

    private void row(String label, String value, String key) {
      html.append("<tr><th>").append(label).append("</th><td data-key=\"").append(key).append("\">").append(value)
          .append("</td></tr>");
    }
  }

  private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px}"
      + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left;"
      + "vertical-align:top}.summary th{background:#f4f4f4}code{white-space:pre-wrap}.messages{margin:0;padding-left:1.2em}"
      + ".figures img{margin:.3em}.side{display:flex;gap:1em}.side>div{flex:1;min-width:0}pre{background:#f8f8f8;"
      + "padding:.5em;overflow-x:auto}mark{background:#ffe08a}.pair{margin:.5em 0}";

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String href(String relative) {
    StringBuilder encoded = new StringBuilder();
    for (String part : relative.split("/")) {
      if (encoded.length() > 0) {
        encoded.append('/');
      }
      encoded.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return encoded.toString();
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "…";
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  private static String seconds(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.2f s", value);
  }
}
