package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.Suite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

/**
 * Checks the limits one submission cannot spend for another (a process bomb and a native-memory hog
 * graded beside honest neighbours), the address-space fallback, "not graded" instead of 0 when the
 * sandbox will not start, the class-data folder's mode, and that a run leaves no temporary folders.
 */
class SandboxLimitsTest {
  private static final Path CORPUS = Path.of("src/test/resources/org/dlkit/grader/corpus");
  private static final Path SUITE = CORPUS.resolve("suite/00-corpus");

  @Test
  void aProcessBombAndAMemoryHogCostTheirNeighboursNothing(@TempDir Path dir) throws Exception {
    Path submissions = Files.createDirectories(dir.resolve("submissions"));
    Map<String, Double> expected = new LinkedHashMap<>();
    for (String name : List.of("a-honest", "c-honest", "e-honest", "g-honest")) {
      Files.copy(CORPUS.resolve("submissions/reference.ipynb"), submissions.resolve(name + ".ipynb"));
      expected.put(name, 6.0);
    }
    withTwice(submissions.resolve("b-process-bomb.ipynb"), """
        int twice(int x) {
            List<Object> kept = new ArrayList<>();
            try {
                while (true) {
                    Thread t = new Thread(() -> {
                        try {
                            Thread.sleep(600_000);
                        } catch (InterruptedException e) {
                        }
                    });
                    t.start();
                    kept.add(t);
                    if (kept.size() % 50 == 0) {
                        kept.add(new ProcessBuilder("sleep", "600").start());
                    }
                }
            } catch (Throwable e) {
                throw new IllegalStateException("bomb stopped after " + kept.size() + ": " + e);
            }
        }
        """);
    expected.put("b-process-bomb", 4.0);
    withTwice(submissions.resolve("d-memory-hog.ipynb"), """
        int twice(int x) {
            List<java.nio.ByteBuffer> kept = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocateDirect(64 << 20);
                for (int page = 0; page < chunk.capacity(); page += 4096) {
                    chunk.put(page, (byte) 1);
                }
                kept.add(chunk);
            }
            return x + x;
        }
        """);
    expected.put("d-memory-hog", 4.0);
    Path out = dir.resolve("graded");
    StringWriter text = new StringWriter();
    int code = Grader.run(new Grader.Options(SUITE, submissions, out, 2, false, Duration.ofSeconds(5),
        Duration.ofSeconds(60), false), new PrintWriter(text, true), new PrintWriter(text, true));
    assertEquals(0, code, text.toString());
    Table gradebook = Table.read().csv(out.resolve(Gradebook.FILE).toFile());
    Map<String, Double> actual = new LinkedHashMap<>();
    for (int row = 0; row < gradebook.rowCount(); row++) {
      actual.put(gradebook.stringColumn("student").get(row), gradebook.numberColumn("total").getDouble(row));
      assertEquals("full", gradebook.stringColumn("isolation").get(row), "this machine allows the full sandbox");
    }
    assertEquals(expected, actual, text.toString());
    String hog = Files.readString(out.resolve("d-memory-hog/feedback.md"));
    assertTrue(hog.contains("memory"), hog);
    assertTrue(text.toString().contains("cgroup v1 per submission") || text.toString().contains("cgroup v2 per submission")
        || Cgroup.mechanism() == null, text.toString());
  }

  private static void withTwice(Path notebook, String body) throws Exception {
    JsonObject json = JsonParser.parseString(Files.readString(CORPUS.resolve("submissions/reference.ipynb")))
        .getAsJsonObject();
    for (var cell : json.getAsJsonArray("cells")) {
      JsonObject object = cell.getAsJsonObject();
      JsonArray source = object.getAsJsonArray("source");
      if (!source.isEmpty() && source.get(0).getAsString().startsWith("// Exercise: twice")) {
        JsonArray replaced = new JsonArray();
        replaced.add("// Exercise: twice\n" + body);
        object.add("source", replaced);
      }
    }
    Files.writeString(notebook, json.toString());
  }

  @Test
  void theKernelStopsAProcessThatSpendsItsControlGroupsMemoryOffHeap(@TempDir Path dir) throws Exception {
    Cgroup group = Cgroup.create(64, 384);
    if (group == null) {
      assertNull(Cgroup.mechanism(), "no control group could be created, yet a mechanism was reported");
      return;
    }
    Path hog = dir.resolve("Hog.java");
    Files.writeString(hog, """
        public class Hog {
          public static void main(String[] args) throws Exception {
            var field = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
            field.setAccessible(true);
            sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
            long size = 3L << 30;
            long address = unsafe.allocateMemory(size);
            for (long offset = 0; offset < size; offset += 4096) {
              unsafe.putByte(address + offset, (byte) 1);
            }
            System.out.println("allocated 3 GB");
          }
        }
        """);
    try (group) {
      List<String> command = new ArrayList<>(group.joinPrefix());
      command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin/java").toString(), "-Xmx64m", hog.toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(120, TimeUnit.SECONDS));
      assertFalse(output.contains("allocated 3 GB"), output);
      assertEquals(137, process.exitValue(), output);
      assertTrue(group.outOfMemory(), "the control group should record the kill");
    }
  }

  @Test
  void withoutAControlGroupAnAddressSpaceLimitStillLetsTheJvmStartAtEveryLevel(@TempDir Path dir) throws Exception {
    Path classes = Files.createTempDirectory("dlkit-test-classes-");
    try {
      Sandbox.openUp(classes);
      List<Path> classPath = Sandbox.readableByAll(Grader.sandboxClassPath(), Grader.sharedCache());
      for (Isolation level : Isolation.values()) {
        List<String> command = Sandbox.at(level, classPath, Sandbox.Limits.DEFAULT, 1)
            .command(classes, 0, SandboxProbe.class.getName(), null, null);
        assertTrue(command.contains("--as=" + Sandbox.Limits.DEFAULT.memoryMegabytes() * 1024L * 1024L), command.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(output.contains(SandboxProbe.STARTED), level + ": " + output);
      }
    } finally {
      Sandbox.deleteTree(classes);
    }
  }

  @Test
  void aSandboxThatWillNotStartIsRetriedThenReportedAsNotGraded(@TempDir Path dir) throws Exception {
    List<Path> classPath = new ArrayList<>(Sandbox.readableByAll(Grader.sandboxClassPath(), Grader.sharedCache()));
    classPath.add(dir.resolve("gone.jar"));
    Sandbox broken = Sandbox.at(Isolation.FULL, classPath, Sandbox.Limits.DEFAULT, 1);
    Checker checker = new Checker(Suite.in(SUITE), Duration.ofSeconds(5));
    Path work = Files.createTempDirectory("dlkit-test-work-");
    long start = System.nanoTime();
    GradedSubmission graded;
    try {
      Sandbox.openUp(work);
      graded = new SubmissionGrader(checker, new SandboxRun(broken, Duration.ofSeconds(5), Duration.ofSeconds(60)), work)
          .grade("ada", CORPUS.resolve("submissions/reference.ipynb"));
    } finally {
      Sandbox.deleteTree(work);
    }
    assertTrue((System.nanoTime() - start) / 1e9 >= 3.5, "three pauses of 0.5, 1 and 2 s between four tries");
    assertFalse(graded.graded());
    assertTrue(graded.notGraded().contains("bwrap"), graded.notGraded());
    Path out = dir.resolve("out");
    Reports.write(graded, out.resolve("ada"), true);
    JsonObject results = JsonParser.parseString(Files.readString(out.resolve("ada/results.json"))).getAsJsonObject();
    assertTrue(results.get("output").getAsString().contains("NOT graded"), results.toString());
    assertTrue(results.getAsJsonObject("extra_data").get("not_graded").getAsString().contains("did not start"));
    Table book = Gradebook.of(Gradebook.rows(out, java.util.Map.of(), skipped -> { }), checker.suite().exerciseIds());
    assertTrue(book.doubleColumn("total").isMissing(0), "a not-graded total is empty, not 0");
    assertTrue(book.stringColumn("status").get(0).contains("did not start"), book.print());
  }

  @Test
  void theClassDataFolderIsNotWritableByOthersAndAnOpenOneIsRefused(@TempDir Path dir) throws Exception {
    Path parent = Files.createTempDirectory("dlkit-test-cds-");
    try {
      Sandbox sandbox = Sandbox.at(Isolation.FULL, Grader.sandboxClassPath(), Sandbox.Limits.DEFAULT, 1);
      StringWriter warnings = new StringWriter();
      Path folder = parent.resolve("cds");
      sandbox.withClassDataIn(folder, new PrintWriter(warnings, true));
      assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
      assertEquals(System.getProperty("user.name"), Files.getOwner(folder).getName());
      assertNull(Sandbox.unsafeFolder(folder));
      assertEquals("", warnings.toString());
      Path open = Files.createDirectory(parent.resolve("open"));
      Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
      Files.writeString(open.resolve("app.jsa"), "planted");
      sandbox.withClassDataIn(open, new PrintWriter(warnings, true));
      assertTrue(warnings.toString().contains("ignoring the class-data archive"), warnings.toString());
      assertNotNull(Sandbox.unsafeFolder(open));
      assertTrue(sandbox.command(null, 0, SandboxProbe.class.getName(), null, null).stream()
          .noneMatch(a -> a.contains("SharedArchiveFile")), "a refused archive is never mapped");
    } finally {
      Sandbox.deleteTree(parent);
    }
  }

  @Test
  void aGradingRunLeavesNoTemporaryFoldersBehind() throws Exception {
    Path tmp = Files.createTempDirectory("limits-tmpdir-");
    try {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      Path submissions = Files.createDirectories(tmp.resolve("in"));
      Files.copy(CORPUS.resolve("submissions/reference.ipynb"), submissions.resolve("ada.ipynb"));
      List<String> before = dlkitFolders(tmp);
      for (String out : List.of("out1", "out2")) {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin/java").toString(),
            "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), "org.dlkit.cli.Main", "grade",
            "--lab", SUITE.toString(), "--jobs", "1", "--out", tmp.resolve(out).toString(), submissions.toString())
            .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        assertTrue(output.contains("mean 6.00 of 6"), output);
        List<String> after = new ArrayList<>(dlkitFolders(tmp));
        after.removeIf(name -> name.startsWith("dlkit-sandbox-classpath-"));
        assertEquals(before, after, "folders left in java.io.tmpdir after " + out);
      }
    } finally {
      Sandbox.deleteTree(tmp);
    }
  }

  private static List<String> dlkitFolders(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("dlkit-")).sorted().toList();
    }
  }
}
