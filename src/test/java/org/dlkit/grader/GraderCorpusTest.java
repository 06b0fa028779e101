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
 * grader, opens sockets, writes home, forks, forges results (issue 13's heap-dump attack and its
 * variants), or changes the runner's state; each refused use is named in the feedback with its cell.
 */
class GraderCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/org/dlkit/grader/corpus");
  private static final int PORT = 47913;
  private static Path out;
  private static String printed;
  private static boolean socketReached;

  @BeforeAll
  static void gradeTheCorpus(@TempDir Path dir) throws Exception {

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
    List<String> lines = Files.readAllLines(CORPUS.resolve("expected.csv"));
    for (String line : lines.subList(1, lines.size())) {
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
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("system-exit", "exercise twice, cell line 3: calls java.lang.System.exit, which graded code may not "
        + "use (it stops the JVM the tests run in)");
    expected.put("infinite-loop", "took too long");
    // On a loaded machine the collector may thrash past the test's timeout before the heap runs out.
    expected.put("out-of-memory", feedback("out-of-memory").contains("took too long") ? "took too long"
        : "ran out of memory");
    expected.put("infinite-recursion", "StackOverflowError");
    expected.put("forge-results", "exercise twice, cell line 4: uses java.io.FileOutputStream, which graded code may "
        + "not use (graded code may not use files)");
    expected.put("renamed-exercise", "exercise twice is missing");
    expected.put("truncated", "is not a notebook: its JSON is broken");
    expected.put("untouched", "TODO twice: add x to itself");
    expected.put("wrong-gradient", "✗ backward at zero is x (1): at w = 0, dy/dw");
    for (var entry : expected.entrySet()) {
      String text = feedback(entry.getKey());
      assertTrue(text.contains(entry.getValue()), entry.getKey() + ":\n" + text);
    }
  }

  @Test
  void feedbackNamesTheCallAndTheCellThePolicyRefused() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("heap-dump-forge", "calls java.lang.management.ManagementFactory.getPlatformMXBean, which graded code "
        + "may not use (management beans can dump the heap and read the runner)");
    expected.put("reflect-runner", "exercise neuron, cell line 4: calls java.lang.Class.forName, which graded code may "
        + "not use (reflection reaches the grader's own objects)");
    expected.put("unsafe", "calls java.lang.Class.forName");
    expected.put("proc-self-mem", "calls new java.io.RandomAccessFile");
    expected.put("runtime-exec", "exercise twice, cell line 4: calls java.lang.Runtime.getRuntime");
    expected.put("fork-processes", "calls new java.lang.ProcessBuilder");
    expected.put("glue-fd1", "reads java.io.FileDescriptor.out");
    expected.put("set-property", "exercise twice, cell line 3: calls java.lang.System.setProperty");
    expected.put("context-loader", "exercise twice, cell line 3: calls java.lang.Thread.setContextClassLoader");
    expected.put("thread-sets-state", "exercise twice, cell line 3: calls new java.lang.Thread");
    expected.put("busy-thread", "calls new java.lang.Thread");
    expected.put("test-static-array", "exercise twice, cell line 4: reads TwiceTest.INPUTS, which graded code may not "
        + "use (it is a shared static array that is not the exercise's own)");
    expected.put("read-grader-sources", "calls java.nio.file.Files.walk");
    expected.put("open-socket", "calls new java.net.Socket");
    for (var entry : expected.entrySet()) {
      String text = feedback(entry.getKey());
      assertTrue(text.contains(entry.getValue()), entry.getKey() + ":\n" + text);
    }
  }

  @Test
  void anExceptionWhoseMessageNeverComesFailsOnlyItsOwnTest() throws Exception {
    String text = feedback("hanging-message");
    assertTrue(text.contains("the exception's message could not be read within the time limit"), text);
    assertTrue(text.contains("Total: 5 of 6 points."), text);
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
    long students = Files.readAllLines(CORPUS.resolve("expected.csv")).size() - 1;
    assertTrue(text.toString().contains("0 graded, " + students + " skipped"), text.toString());
    assertEquals(students, Table.read().csv(out.resolve(Gradebook.FILE).toFile()).rowCount());
  }

  @Test
  void submissionsComeFromAFolderPerStudentOrAZip(@TempDir Path dir) throws Exception {
    Path perStudent = Files.createDirectories(dir.resolve("export/submission_1001"));
    Files.copy(CORPUS.resolve("submissions/reference.ipynb"), perStudent.resolve("perceptron.ipynb"));
    assertEquals(Map.of(StudentId.of("submission_1001"), perStudent.resolve("perceptron.ipynb")),
        Submissions.collect(dir.resolve("export"), dir).notebooks());
    Path zip = dir.resolve("class.zip");
    try (var zipped = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
      for (String student : List.of("ada", "alan")) {
        zipped.putNextEntry(new java.util.zip.ZipEntry("class/" + student + ".ipynb"));
        zipped.write(Files.readAllBytes(CORPUS.resolve("submissions/reference.ipynb")));
        zipped.closeEntry();
      }
    }
    assertEquals(List.of(StudentId.of("ada"), StudentId.of("alan")),
        List.copyOf(Submissions.collect(zip, dir.resolve("scratch")).notebooks().keySet()));
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
