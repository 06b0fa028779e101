package org.dlkit.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlkit.grader.Grader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grades the six-student {@link ClassFixture} with the real grader (in the sandbox when it can
 * start) and checks every number of its report, the similarity check, bad input and anonymity.
 */
class ClassReportTest {
  private static Path submissions;
  private static Path out;
  private static ClassReport.Written written;
  private static String html;

  @BeforeAll
  static void gradeTheClass() throws Exception {
    Path work = Files.createTempDirectory("dlkit-report-test-");
    submissions = work.resolve("submissions");
    out = work.resolve("graded");
    ClassFixture.write(submissions);
    StringWriter log = new StringWriter();
    int status = grade(false, log);
    if (status != 0) {
      status = grade(true, log);
    }
    assertEquals(0, status, log.toString());
    written = ClassReport.write(out, new ReportSettings(false, true, Similarity.DEFAULT_THRESHOLD, submissions,
        ClassFixture.RELEASED));
    html = Files.readString(written.html(), StandardCharsets.UTF_8);
  }

  /** Grades the fixture; without a sandbox only when bubblewrap cannot start (the fixture is our own code). */
  private static int grade(boolean unsafeNoSandbox, StringWriter log) throws InterruptedException {
    PrintWriter print = new PrintWriter(log, true);
    return Grader.run(new Grader.Options(ClassFixture.SUITE, submissions, out, 2, true, Duration.ofSeconds(10),
        Duration.ofSeconds(120), unsafeNoSandbox), print, print);
  }

  @Test
  void totalsAreTheKnownScores() {
    Map<String, Double> totals = written.results().graded().stream()
        .collect(Collectors.toMap(GradedStudent::student, GradedStudent::score));
    assertEquals(Map.of("full", 23.0, "copy-a", 23.0, "copy-b", 23.0, "nan-tanh", 22.0, "untouched", 0.0,
        "broken", 20.0), totals);
    ClassStats stats = ClassStats.of(written.results());
    assertEquals(3, stats.atFullMarks());
    assertEquals(1, stats.atZero());
    assertEquals(22.5, stats.median(), 1e-9);
    assertEquals(111.0 / 6, stats.mean(), 1e-9);
    assertEquals("3", keyed(html, "full-marks"));
    assertEquals("1", keyed(html, "zero"));
    assertEquals("22.50", keyed(html, "median"));
    assertEquals("18.50", keyed(html, "mean"));
  }

  @Test
  void onlyTheBrokenCellCountsAsNotCompiling() {
    ClassStats stats = ClassStats.of(written.results());
    for (ClassStats.ExerciseStats exercise : stats.exercises()) {
      int expected = exercise.exercise().equals("perceptron") ? 1 : 0;
      assertEquals(expected, exercise.count(Trouble.DID_NOT_COMPILE), exercise.exercise());
      assertEquals(0, exercise.count(Trouble.TIMED_OUT), exercise.exercise());
      assertEquals(0, exercise.count(Trouble.CRASHED), exercise.exercise());
      assertEquals(0, exercise.count(Trouble.MISSING), exercise.exercise());
    }
    ClassStats.ExerciseStats perceptron = stats.exercises().stream().filter(e -> e.exercise().equals("perceptron"))
        .findFirst().orElseThrow();
    assertEquals(4 * 3 / 6.0, perceptron.mean(), 1e-9, "four of six earn the perceptron's 3 points");
    assertTrue(html.contains("<tr data-exercise=\"perceptron\">"), "the exercise table lists the perceptron");
  }

  @Test
  void theNanTestShowsItsKnownMessage() {
    ClassStats.TestStats saturate = ClassStats.of(written.results()).tests().stream()
        .filter(t -> t.name().equals("activations: tanh and sigmoid saturate without nan")).findFirst().orElseThrow();
    assertEquals(6, saturate.runs());
    assertEquals(4, saturate.passes(), "everyone but the NaN tanh and the untouched notebook");
    assertEquals(1, saturate.messages().stream().filter(g -> g.example().startsWith(ClassFixture.NAN_MESSAGE_START))
        .mapToInt(MessageGroups.Group::count).sum());
    assertTrue(saturate.messages().stream().anyMatch(g -> g.example().startsWith("TODO")), saturate.messages().toString());
    assertTrue(html.contains(ClassReport.escape(ClassFixture.NAN_MESSAGE_START)), "the report shows the message");
    ClassStats.TestStats worst = ClassStats.of(written.results()).tests().get(0);
    assertTrue(worst.passRate() <= saturate.passRate(), "worst first");
  }

  @Test
  void everyStudentHasARowLinkingToTheirFeedback() {
    for (String student : new String[] {"full", "copy-a", "copy-b", "nan-tanh", "untouched", "broken"}) {
      assertTrue(html.contains("<a href=\"" + student + "/feedback.md\">" + student + "</a>"), student);
    }
    assertEquals(6, count(html, "<tr class=\"student\">"));
    assertTrue(html.contains("Every student folder has its results."));
  }

  @Test
  void exactlyTheCopiedPairIsSimilar() {
    SimilarityResult similarity = written.similarity();
    assertEquals(1, similarity.pairs().size(), similarity.pairs().stream()
        .map(p -> p.first() + "~" + p.second() + " " + p.similarity()).toList().toString());
    SimilarPair pair = similarity.pairs().get(0);
    assertEquals("copy-a", pair.first());
    assertEquals("copy-b", pair.second());
    assertTrue(pair.similarity() > 0.9, "renamed variables do not hide a copy: " + pair.similarity());
    assertTrue(pair.cells().stream().anyMatch(c -> c.firstExercise().equals("network") && !c.firstLines().isEmpty()));
    assertTrue(similarity.skipped().stream().anyMatch(s -> s.startsWith("broken: ")), similarity.skipped().toString());
    assertTrue(Files.isRegularFile(similarity.jplagResult()), "JPlag's result is kept: " + similarity.jplagResult());
    assertEquals("1", keyed(html, "pairs"));
    assertTrue(html.contains("<mark>"), "matched lines are marked");
  }

  @Test
  void aMissingOrCorruptResultsFileIsListedAsNotGraded() throws IOException {
    Path copy = Files.createTempDirectory("dlkit-report-bad-");
    copyTree(out, copy);
    Files.delete(copy.resolve("full/results.json"));
    Files.writeString(copy.resolve("copy-a/results.json"), "{\"score\": 3, \"tests\": [");
    ClassReport.Written bad = ClassReport.write(copy, ReportSettings.plain(false));
    assertEquals(4, bad.results().graded().size());
    Map<String, String> reasons = bad.results().notGraded().stream()
        .collect(Collectors.toMap(NotGraded::folder, NotGraded::reason));
    assertEquals("results.json is missing", reasons.get("full"));
    assertTrue(reasons.get("copy-a").startsWith("results.json is corrupt"), reasons.get("copy-a"));
    String page = Files.readString(bad.html());
    assertTrue(page.contains("<b>full</b>: not graded: results.json is missing"), "listed with the reason");
    assertEquals(2, count(page, "class=\"not-graded\""));
  }

  @Test
  void aZipOfSubmissionsIsComparedAndItsUnpackedCopyDeleted() throws IOException {
    Path copy = Files.createTempDirectory("dlkit-report-zip-");
    copyTree(out, copy);
    Path zip = copy.resolveSibling(copy.getFileName() + ".zip");
    try (var stream = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip));
        Stream<Path> files = Files.walk(submissions)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        stream.putNextEntry(new java.util.zip.ZipEntry(submissions.relativize(file).toString()));
        Files.copy(file, stream);
        stream.closeEntry();
      }
    }
    var before = unpackedCopies();
    ClassReport.Written fromZip = ClassReport.write(copy, new ReportSettings(false, true, Similarity.DEFAULT_THRESHOLD,
        zip, ClassFixture.RELEASED));
    assertEquals(written.similarity().pairs().size(), fromZip.similarity().pairs().size(), "the same pairs as from the folder");
    assertEquals(before, unpackedCopies(), "the notebooks unpacked from the zip are deleted");
  }

  private static java.util.Set<Path> unpackedCopies() throws IOException {
    try (Stream<Path> temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return temp.filter(p -> p.getFileName().toString().startsWith("dlkit-report-collect-")).collect(Collectors.toSet());
    }
  }

  @Test
  void anonymousReportsShowPseudonymsOnly() throws IOException {
    Path copy = Files.createTempDirectory("dlkit-report-anon-");
    copyTree(out, copy);
    String page = Files.readString(ClassReport.write(copy, ReportSettings.plain(true)).html());
    for (String student : new String[] {"full", "copy-a", "nan-tanh", "untouched"}) {
      assertFalse(page.contains(">" + student + "<"), student + " appears by name");
      assertTrue(page.contains(Pseudonyms.of(student)), student + "'s pseudonym is missing");
    }
    assertFalse(page.contains("feedback.md"), "no links to the students' folders");
    assertEquals(Pseudonyms.of("full"), Pseudonyms.of("full"));
  }

  @Test
  void opensCleanlyInChromium() throws Exception {
    String unavailable = BrowserCheck.unavailableReason();
    Assumptions.assumeTrue(unavailable == null, unavailable);
    Path screenshot = Path.of("target/report-screenshot.png");
    Files.deleteIfExists(screenshot);
    BrowserCheck.Outcome outcome = BrowserCheck.open(written.html(), screenshot);
    assertEquals(0, outcome.status(), outcome.output());
    assertTrue(outcome.output().contains("\"problems\":[]"), outcome.output());
    int images = count(html, "<img src=\"data:image/png;base64,");
    assertTrue(images >= 3, "score, exercise and time histograms: " + images);
    assertTrue(outcome.output().contains("\"images\":" + images), "every figure was seen: " + outcome.output());
    assertTrue(Files.size(screenshot) > 10_000, "a screenshot in " + screenshot);
  }

  @Test
  void messagesThatDifferOnlyInNumbersGroupTogether() {
    var groups = MessageGroups.top(java.util.List.of("f(2) should be 1.5 but was 3", "f(7) should be -2 but was 1e-3",
        "TODO: write f", "f(1) should be 0 but was NaN"), 3);
    assertEquals(2, groups.get(0).count());
    assertEquals("f(#) should be # but was #", groups.get(0).shape());
    assertEquals(3, groups.size());
  }

  static String keyed(String page, String key) {
    Matcher matcher = Pattern.compile("data-key=\"" + key + "\">([^<]*)<").matcher(page);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static int count(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static Path graded() {
    return out;
  }
}
