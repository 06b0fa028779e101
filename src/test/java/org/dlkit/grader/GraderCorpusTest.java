package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Grades the hostile corpus (src/test/resources/org/dlkit/grader/corpus) in the bubblewrap sandbox
 * and checks every submission's score against expected.csv: full marks, zeros without a crash,
 * partial credit, and student code that loops, exits, exhausts memory, floods output, reads the
 * grader, opens sockets, writes home, forks, or forges results.
 */
class GraderCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/org/dlkit/grader/corpus");
  private static final int PORT = 47913;
  private static Path out;
  private static String printed;
  private static boolean socketReached;

  @BeforeAll
  static void gradeTheCorpus(@TempDir Path dir) throws Exception {
    assertNull(Sandbox.unavailableReason(), "the corpus needs bubblewrap (apt-get install bubblewrap)");
    out = dir.resolve("graded");
    StringWriter text = new StringWriter();
    try (ServerSocket listener = new ServerSocket(PORT)) {
      listener.setSoTimeout(1);
      int code = Grader.run(new Grader.Options(CORPUS.resolve("suite/00-corpus"), CORPUS.resolve("submissions"), out, 2,
          false, Duration.ofSeconds(3), Duration.ofSeconds(40), false), new PrintWriter(text, true),
          new PrintWriter(text, true));
      assertEquals(0, code, text.toString());
      try {
        listener.accept().close();
        socketReached = true;
      } catch (SocketTimeoutException e) {
        socketReached = false;
      }
    }
    printed = text.toString();
  }

  @Test
  void everySubmissionGetsItsExpectedScore() throws Exception {
    Map<String, Double> expected = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("expected.csv")).subList(1, 18)) {
      expected.put(line.split(",")[0], Double.parseDouble(line.split(",")[1]));
    }
    Table gradebook = Table.read().csv(out.resolve(Gradebook.FILE).toFile());
    Map<String, Double> actual = new LinkedHashMap<>();
    for (int row = 0; row < gradebook.rowCount(); row++) {
      actual.put(gradebook.stringColumn("student").get(row), gradebook.numberColumn("total").getDouble(row));
    }
    assertEquals(expected, actual, printed);
  }

  @Test
  void studentCodeReachesNeitherTheNetworkNorHome() {
    assertFalse(socketReached, "a submission connected to 127.0.0.1:" + PORT + " from inside the sandbox");
    assertFalse(Files.exists(Path.of("/root/dlkit-corpus-was-here")));
    assertFalse(Files.exists(Path.of(System.getProperty("user.home"), "dlkit-corpus-was-here")));
  }

  @Test
  void processesStartedByStudentCodeDoNotOutliveTheirSandbox() {
    List<String> left = ProcessHandle.allProcesses().map(p -> p.info().commandLine().orElse(""))
        .filter(c -> c.contains("sleep 77")).toList();
    assertEquals(List.of(), left);
  }

  @Test
  void feedbackSaysWhyEachHostileSubmissionLostPoints() throws Exception {
    assertTrue(feedback("system-exit").contains("the Java VM stopped during this test (exit code 0)"));
    assertTrue(feedback("infinite-loop").contains("took too long"));
    assertTrue(feedback("out-of-memory").contains("ran out of memory"));
    assertTrue(feedback("infinite-recursion").contains("StackOverflowError"));
    assertTrue(feedback("forge-results").contains("java.lang.IllegalStateException: forged"));
    assertTrue(feedback("renamed-exercise").contains("exercise twice is missing"));
    assertTrue(feedback("truncated").contains("is not a notebook: its JSON is broken"));
    assertTrue(feedback("untouched").contains("TODO twice: add x to itself"));
    assertTrue(feedback("wrong-gradient").contains("✗ backward at zero is x (1): at w = 0, dy/dw"));
  }

  @Test
  void resultsFollowGradescopesSchema() throws Exception {
    com.google.gson.JsonObject results = com.google.gson.JsonParser.parseString(
        Files.readString(out.resolve("wrong-gradient/results.json"))).getAsJsonObject();
    assertEquals(4.0, results.get("score").getAsDouble());
    assertTrue(results.get("execution_time").getAsDouble() > 0);
    assertTrue(results.has("output"));
    com.google.gson.JsonObject test = results.getAsJsonArray("tests").get(0).getAsJsonObject();
    for (String field : List.of("name", "score", "max_score", "status", "output", "visibility")) {
      assertTrue(test.has(field), field + " missing from " + test);
    }
  }

  @Test
  void aSecondRunSkipsWhatIsGradedUnlessForced() throws Exception {
    StringWriter text = new StringWriter();
    Grader.run(new Grader.Options(CORPUS.resolve("suite/00-corpus"), CORPUS.resolve("submissions"), out, 2, false,
        Duration.ofSeconds(3), Duration.ofSeconds(40), false), new PrintWriter(text, true), new PrintWriter(text, true));
    assertTrue(text.toString().contains("0 graded, 17 skipped"), text.toString());
  }

  @Test
  void submissionsComeFromAFolderPerStudentOrAZip(@TempDir Path dir) throws Exception {
    Path perStudent = Files.createDirectories(dir.resolve("export/submission_1001"));
    Files.copy(CORPUS.resolve("submissions/reference.ipynb"), perStudent.resolve("perceptron.ipynb"));
    assertEquals(Map.of("submission_1001", perStudent.resolve("perceptron.ipynb")),
        Submissions.collect(dir.resolve("export"), dir));
    Path zip = dir.resolve("class.zip");
    try (var zipped = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (String student : List.of("ada", "alan")) {
        zipped.putNextEntry(new java.util.zip.ZipEntry("class/" + student + ".ipynb"));
        zipped.write(Files.readAllBytes(CORPUS.resolve("submissions/reference.ipynb")));
        zipped.closeEntry();
      }
    }
    assertEquals(List.of("ada", "alan"), List.copyOf(Submissions.collect(zip, dir.resolve("scratch")).keySet()));
    Path evil = dir.resolve("evil.zip");
    try (var zipped = new java.util.zip.ZipOutputStream(Files.newOutputStream(evil))) {
      zipped.putNextEntry(new java.util.zip.ZipEntry("../../escape.ipynb"));
      zipped.closeEntry();
    }
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> Submissions.collect(evil, dir.resolve("scratch2")));
    assertTrue(error.getMessage().contains("points outside the archive"), error.getMessage());
  }

  @Test
  void theGradescopeBundleGradesOneSubmissionLikeTheClassRun(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("autograder.zip");
    Grader.writeGradescopeBundle(CORPUS.resolve("suite/00-corpus"), zip, new PrintWriter(new StringWriter()));
    try (var bundle = new org.apache.commons.compress.archivers.zip.ZipFile(zip.toFile())) {
      assertEquals(0755, bundle.getEntry("run_autograder").getUnixMode() & 0777);
      assertEquals(0755, bundle.getEntry("setup.sh").getUnixMode() & 0777);
      assertTrue(bundle.getEntry("grader/00-corpus/TwiceTest.java") != null);
      assertTrue(java.util.Collections.list(bundle.getEntries()).stream().noneMatch(e -> e.getName().contains("nd4j")));
    }
    Path submission = Files.createDirectories(dir.resolve("submission"));
    Files.copy(CORPUS.resolve("submissions/wrong-gradient.ipynb"), submission.resolve("lab.ipynb"));
    Path results = dir.resolve("results/results.json");
    GradescopeMain.main(new String[] {"--suite", CORPUS.resolve("suite/00-corpus").toString(), "--submission",
        submission.toString(), "--results", results.toString()});
    assertEquals(4.0, com.google.gson.JsonParser.parseString(Files.readString(results)).getAsJsonObject()
        .get("score").getAsDouble());
  }

  private static String feedback(String student) throws Exception {
    return Files.readString(out.resolve(student).resolve(Reports.FEEDBACK));
  }
}
