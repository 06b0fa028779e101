package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs each lab's Gradescope bundle ({@code run_autograder}, as Gradescope runs it, as root) on the
 * lab's solution and on its untouched student notebook in three environments: the host's /proc (a
 * VM), an outer bubblewrap with a fresh /proc (Docker's masked /proc, where bubblewrap cannot mount
 * another), and an outer user namespace that forbids further ones. The solution earns full marks
 * and the untouched notebook 0 in each, and results.json says how the code was isolated. Every lab
 * by default; {@code -Ddlkit.test.gradescopeLabs=01-perceptron,06-capstone} runs only those.
 */
class GradescopeEnvironmentsTest {
  private static final Path HOME = Path.of(System.getProperty("user.dir"));
  private static final Map<String, List<String>> ENVIRONMENTS = Map.of(
      "vm", List.of(),
      "docker", List.of("/usr/bin/bwrap", "--dev-bind", "/", "/", "--unshare-pid", "--proc", "/proc"),
      "no-userns", List.of("/usr/bin/bwrap", "--unshare-user", "--uid", "0", "--gid", "0", "--disable-userns",
          "--dev-bind", "/", "/", "--unshare-pid", "--proc", "/proc"));
  private static Path root;
  private static List<String> labs;

  @BeforeAll
  static void buildEveryLabsBundleOnce() throws Exception {
    root = Files.createTempDirectory("gradescope-env-");
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (Stream<Path> folders = Files.list(HOME.resolve("grader"))) {
      String only = System.getProperty("dlkit.test.gradescopeLabs", "");
      labs = folders.filter(Files::isDirectory).map(f -> f.getFileName().toString())
          .filter(lab -> only.isBlank() || List.of(only.split(",")).contains(lab)).sorted().toList();
    }
    for (String lab : labs) {
      Path zip = root.resolve(lab + ".zip");
      Grader.writeGradescopeBundle(HOME.resolve("grader").resolve(lab), zip, new PrintWriter(new StringWriter()));
      unzip(zip, Files.createDirectories(root.resolve(lab).resolve("source")));
    }
  }

  @AfterAll
  static void removeTheBundles() {
    Sandbox.deleteTree(root);
  }

  @Test
  void everyLabGradesTheSolutionFullAndTheUntouchedNotebookZeroInEveryEnvironment() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<String>> runs = new ArrayList<>();
    long start = System.nanoTime();
    for (String lab : labs) {
      for (String environment : List.of("vm", "docker", "no-userns")) {
        runs.add(pool.submit(() -> check(lab, environment, "labs", true)));
        runs.add(pool.submit(() -> check(lab, environment, "notebooks", false)));
      }
    }
    StringBuilder report = new StringBuilder();
    try {
      for (Future<String> run : runs) {
        report.append(run.get(10, TimeUnit.MINUTES)).append('\n');
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf("%s%d runs of run_autograder in %.0f s%n", report, runs.size(), (System.nanoTime() - start) / 1e9);
  }

  @Test
  void requiringTheSandboxWhereNoSandboxedLevelWorksGradesNobody() throws Exception {
    String lab = labs.get(0);
    Path autograder = Files.createDirectories(root.resolve(lab).resolve("required"));
    Path submission = Files.createDirectories(autograder.resolve("submission"));
    Files.copy(HOME.resolve("labs").resolve(lab).resolve(Files.list(HOME.resolve("labs").resolve(lab))
        .filter(f -> f.toString().endsWith(".ipynb")).findFirst().orElseThrow().getFileName()), submission.resolve("lab.ipynb"));
    Path source = root.resolve(lab).resolve("source");
    List<String> command = new ArrayList<>(ENVIRONMENTS.get("no-userns"));
    command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin/java").toString(), "-cp",
        source.resolve("dlkit/*") + ":" + source.resolve("dlkit/lib/*"), GradescopeMain.class.getName(),
        "--suite", source.resolve("grader").resolve(lab).toString(), "--submission", submission.toString(),
        "--results", autograder.resolve("results.json").toString(), "--require-sandbox"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    assertEquals(2, process.exitValue(), output);
    assertTrue(output.contains("refusing to grade: no sandbox level"), output);
    JsonObject results = JsonParser.parseString(Files.readString(autograder.resolve("results.json"))).getAsJsonObject();
    assertTrue(results.get("output").getAsString().contains("NOT graded"), results.toString());
    assertTrue(results.getAsJsonObject("extra_data").has("not_graded"), results.toString());
  }

  /** Runs the lab's bundle on its notebook under {@code notebooks} in {@code environment}; returns a line for the log. */
  private static String check(String lab, String environment, String notebooks, boolean solution) throws Exception {
    Path autograder = Files.createDirectories(root.resolve(lab).resolve(environment + "-" + notebooks));
    Files.setPosixFilePermissions(autograder, PosixFilePermissions.fromString("rwxr-xr-x"));
    Path submission = Files.createDirectories(autograder.resolve("submission"));
    try (Stream<Path> files = Files.list(HOME.resolve(notebooks).resolve(lab))) {
      Path notebook = files.filter(f -> f.toString().endsWith(".ipynb")).findFirst().orElseThrow();
      Files.copy(notebook, submission.resolve(notebook.getFileName()));
    }
    Files.createSymbolicLink(autograder.resolve("source"), root.resolve(lab).resolve("source"));
    List<String> command = new ArrayList<>(ENVIRONMENTS.get(environment));
    command.addAll(List.of("/bin/bash", root.resolve(lab).resolve("source/run_autograder").toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("AUTOGRADER_ROOT", autograder.toString());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(5, TimeUnit.MINUTES));
    String what = lab + " in " + environment + ", " + (solution ? "solution" : "untouched");
    assertEquals(0, process.exitValue(), what + ": " + output);
    JsonObject results = JsonParser.parseString(Files.readString(autograder.resolve("results/results.json")))
        .getAsJsonObject();
    double score = results.get("score").getAsDouble();
    double max = results.getAsJsonArray("tests").asList().stream()
        .mapToDouble(t -> t.getAsJsonObject().get("max_score").getAsDouble()).sum();
    assertEquals(solution ? max : 0.0, score, 1e-9, what + ": " + results.get("output").getAsString() + "\n" + output);
    String isolation = results.getAsJsonObject("extra_data").get("isolation").getAsString();
    assertTrue(results.get("output").getAsString().contains("Isolation: "), what);
    if (!environment.equals("no-userns")) {
      assertEquals("full", isolation, what + ": this machine allows the full sandbox here\n" + output);
    }
    return what + ": " + score + " of " + max + ", isolation " + isolation;
  }

  private static void unzip(Path zip, Path into) throws Exception {
    try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
      for (ZipArchiveEntry entry : java.util.Collections.list(file.getEntries())) {
        Path target = into.resolve(entry.getName()).normalize();
        assertTrue(target.startsWith(into), entry.getName());
        if (entry.isDirectory()) {
          Files.createDirectories(target);
          continue;
        }
        Files.createDirectories(target.getParent());
        try (var in = file.getInputStream(entry)) {
          Files.copy(in, target);
        }
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString(
            (entry.getUnixMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--"));
      }
    }
    try (Stream<Path> dirs = Files.walk(into)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      }
    }
  }
}
