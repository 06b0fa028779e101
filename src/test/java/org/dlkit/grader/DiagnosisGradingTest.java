package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.dlkit.exercise.Diagnosis;
import org.dlkit.grader.report.ClassReport;
import org.dlkit.grader.report.ReportSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades lab 1 notebooks in the sandbox, as {@code dlkit grade} does: one whose {@code perceptron}
 * is a corpus mistake written another way, one with a mistake the corpus does not hold, the
 * reference and the untouched notebook; the first is diagnosed in its feedback, Gradescope output
 * and the class report, the others are not, and the unknown mistake is counted as matching none.
 */
class DiagnosisGradingTest {
  private static final Path HOME = Path.of(System.getProperty("user.dir"));
  private static final String LOOK_AT = Mistake.read("perceptron",
      HOME.resolve("grader/01-perceptron/mistakes/perceptron/no-bias.java")).lookAt();
  private static Path out;
  private static String log;

  @BeforeAll
  static void gradeTheClass(@TempDir Path dir) throws Exception {
    Path submissions = Files.createDirectories(dir.resolve("submissions"));
    Path lab = HOME.resolve("labs/01-perceptron/perceptron.ipynb");
    Files.copy(lab, submissions.resolve("reference.ipynb"));
    Files.copy(HOME.resolve("notebooks/01-perceptron/perceptron.ipynb"), submissions.resolve("untouched.ipynb"));
    write(lab, submissions.resolve("no-bias-renamed.ipynb"), """
        // Exercise: perceptron
        double perceptron(double[] inputs, double[] weights, double bias, DoubleUnaryOperator activation) {
            double total = 0;
            int k = 0;
            while (k < inputs.length) {
                total += inputs[k] * weights[k];
                k++;
            }
            return activation.applyAsDouble(total);
        }
        """);
    write(lab, submissions.resolve("unknown-mistake.ipynb"), """
        // Exercise: perceptron
        double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
            double z = b;
            for (int i = 0; i < x.length; i++) {
                z += w[i] * x[i] * 2;
            }
            return g.applyAsDouble(z);
        }
        """);
    out = dir.resolve("graded");
    StringWriter text = new StringWriter();
    int code = Grader.run(new Grader.Options(HOME.resolve("grader/01-perceptron"), submissions, out, 2, false,
        Duration.ofSeconds(10), Duration.ofSeconds(120), false, false), new PrintWriter(text, true),
        new PrintWriter(text, true));
    log = text.toString();
    assertEquals(0, code, log);
  }

  private static void write(Path lab, Path target, String perceptron) throws Exception {
    JsonObject notebook = JsonParser.parseString(Files.readString(lab, StandardCharsets.UTF_8)).getAsJsonObject();
    for (JsonElement cell : notebook.getAsJsonArray("cells")) {
      JsonObject object = cell.getAsJsonObject();
      JsonArray source = object.getAsJsonArray("source");
      StringBuilder text = new StringBuilder();
      source.forEach(line -> text.append(line.getAsString()));
      if (text.toString().startsWith("// Exercise: perceptron")) {
        JsonArray replaced = new JsonArray();
        replaced.add(perceptron);
        object.add("source", replaced);
      }
    }
    Files.writeString(target, notebook.toString(), StandardCharsets.UTF_8);
  }

  private static String read(String student, String file) throws Exception {
    return Files.readString(out.resolve(student).resolve(file), StandardCharsets.UTF_8);
  }

  private static JsonObject perceptron(String student) throws Exception {
    return JsonParser.parseString(read(student, Reports.RESULTS)).getAsJsonObject().getAsJsonObject("extra_data")
        .getAsJsonObject("exercises").getAsJsonObject("perceptron");
  }

  @Test
  void aKnownMistakeWrittenAnotherWayIsNamedInFeedbackAndGradescopeOutput() throws Exception {
    String sentence = Diagnosis.OPENING + LOOK_AT;
    String feedback = read("no-bias-renamed", Reports.FEEDBACK);
    assertTrue(feedback.contains(sentence), feedback);
    assertTrue(feedback.indexOf(sentence) > feedback.indexOf("## perceptron"), "the line sits under its exercise");
    String results = read("no-bias-renamed", Reports.RESULTS);
    assertTrue(results.contains("perceptron: " + sentence), results);
    assertEquals("[\"no-bias\"]", perceptron("no-bias-renamed").get("known_mistakes").toString());
    assertFalse(feedback.contains("never added"), "the student reads where to look, not the instructor's line");
  }

  @Test
  void correctUntouchedAndUnknownWorkGetsNoDiagnosis() throws Exception {
    for (String student : new String[] {"reference", "untouched", "unknown-mistake"}) {
      assertFalse(read(student, Reports.FEEDBACK).contains(Diagnosis.OPENING), student);
      assertFalse(perceptron(student).has("known_mistakes"), student);
    }
    assertTrue(perceptron("unknown-mistake").get("unmatched").getAsBoolean());
    assertFalse(perceptron("untouched").has("unmatched"), "an untouched TODO is not a mistake to write down");
    assertFalse(perceptron("reference").has("unmatched"));
  }

  @Test
  void theClassReportCountsEachKnownMistakeAndTheWrongWorkThatMatchesNone() throws Exception {
    String page = Files.readString(ClassReport.write(out, ReportSettings.plain(false)).html());
    int section = page.indexOf("id=\"known-mistakes\"");
    assertTrue(section > 0, page);
    String row = page.substring(page.indexOf("<tr data-exercise=\"perceptron\">", section));
    row = row.substring(0, row.indexOf("</tr>"));
    assertTrue(row.contains("data-mistake=\"no-bias\"><span class=\"count\">1×"), row);
    assertTrue(row.contains("data-count=\"1\">1: unknown-mistake"), row);
  }
}
