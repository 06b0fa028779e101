package org.dlkit.grader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads crafted results folders: the student id comes from results.json, and unusable folders say why. */
class ResultsReaderTest {
  @TempDir Path out;

  private void results(String folder, String json) throws IOException {
    Files.createDirectories(out.resolve(folder));
    Files.writeString(out.resolve(folder).resolve("results.json"), json);
  }

  private static String graded(String student, double score) {
    return "{\"score\": " + score + ", \"execution_time\": 1.5, \"tests\": [{\"name\": \"ex: adds\", \"score\": " + score
        + ", \"max_score\": 2, \"status\": \"" + (score == 2 ? "passed" : "failed") + "\", \"output\": \"expected 3 but "
        + "was 4\\n\\nYour code printed:\\nhello\"}], \"extra_data\": {\"student\": \"" + student + "\", \"exercises\": "
        + "{\"ex\": {\"score\": " + score + ", \"max_score\": 2}}}}";
  }

  @Test
  void readsTheIdFromTheResultsNotTheFolderName() throws IOException {
    results("s_2F_a", graded("s/a", 0));
    ClassResults read = ResultsReader.read(out);
    GradedStudent student = read.graded().get(0);
    assertEquals("s/a", student.student());
    assertEquals("s_2F_a", student.folder());
    assertEquals("expected 3 but was 4", student.tests().get(0).message(), "what the code printed is not the message");
    assertEquals(2.0, read.maxScore());
  }

  @Test
  void listsUnusableFoldersWithTheirReason() throws IOException {
    results("good", graded("good", 2));
    Files.createDirectories(out.resolve("empty"));
    results("garbage", "not json at all {");
    results("skipped", "{\"score\": 0, \"output\": \"Not graded: the notebook is not JSON\", \"tests\": [],"
        + " \"extra_data\": {\"student\": \"skipped\", \"exercises\": {}}}");
    results("foreign", "{\"score\": 1, \"tests\": []}");
    Files.createDirectories(out.resolve(ClassReport.SIMILARITY_FOLDER));
    Files.writeString(out.resolve(ClassReport.SIMILARITY_FOLDER).resolve(ResultsReader.OWN_FOLDER_MARKER), "");
    ClassResults read = ResultsReader.read(out);
    assertEquals(1, read.graded().size());
    var reasons = read.notGraded().stream().collect(java.util.stream.Collectors.toMap(NotGraded::folder,
        NotGraded::reason));
    assertEquals(4, reasons.size(), reasons.toString());
    assertEquals("results.json is missing", reasons.get("empty"));
    assertTrue(reasons.get("garbage").startsWith("results.json is corrupt"), reasons.get("garbage"));
    assertEquals("Not graded: the notebook is not JSON", reasons.get("skipped"));
    assertTrue(reasons.get("foreign").contains("no extra_data.exercises"), reasons.get("foreign"));
  }

  @Test
  void aReportIsWrittenEvenWhenNothingIsGraded() throws IOException {
    Files.createDirectories(out.resolve("lost"));
    ClassReport.Written written = ClassReport.write(out, ReportSettings.plain(false));
    String page = Files.readString(written.html());
    assertTrue(page.contains("<b>lost</b>: not graded: results.json is missing"), page);
    assertEquals("0", ClassReportTest.keyed(page, "graded"));
  }
}
