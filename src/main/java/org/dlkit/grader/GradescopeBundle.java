package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Writes {@code autograder.zip} for Gradescope: {@code setup.sh} installs a JDK and bubblewrap on
 * Gradescope's Ubuntu image, and {@code run_autograder} grades the one submission in
 * {@code /autograder/submission} with the same grader and suite, writing
 * {@code /autograder/results/results.json}. The zip carries dlkit's jar, the libraries grading
 * needs (Deeplearning4j's are left out), and the lab's suite.
 */
final class GradescopeBundle {
  /**
   * Jars grading never loads: Deeplearning4j, ND4J and their native code, 120 MB of the class path, and
   * JMH with its option parser, which only the benchmarks use.
   */
  private static final Pattern NOT_FOR_GRADING = Pattern.compile(
      "(nd4j|deeplearning4j|openblas|javacpp|flatbuffers|oshi|jna|protobuf-1\\.0\\.0|jackson-1\\.0\\.0|guava-1\\.0\\.0"
          + "|jmh-core|jopt-simple)"
          + ".*\\.jar");
  /** Jars only the class report's similarity check loads: JPlag, its Java module and its JSON library. */
  private static final Pattern REPORT_ONLY = Pattern.compile(
      "(jplag|java-\\d|language-api-\\d|jackson-(databind|core|annotations)-2|metainf-services).*\\.jar");

  private GradescopeBundle() {}

  /** Returns whether the jar named {@code jarName} serves only the class report, so grading never needs it on its class path. */
  static boolean reportOnly(String jarName) {
    return REPORT_ONLY.matcher(jarName).matches();
  }

  /** Writes the bundle for the suite in {@code suite} to {@code zip}, with {@code classPath}'s jars; returns how many jars went in. */
  static int write(Path suite, Path zip, List<Path> classPath) {
    String lab = suite.getFileName().toString();
    int jars = 0;
    try {
      Files.createDirectories(zip.toAbsolutePath().getParent());
      try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
        text(out, "setup.sh", setup(), true);
        text(out, "run_autograder", runAutograder(lab), true);
        for (Path entry : classPath) {
          String name = entry.getFileName().toString();
          if (Files.isRegularFile(entry) && name.endsWith(".jar") && !NOT_FOR_GRADING.matcher(name).matches() && !reportOnly(name)) {
            file(out, (name.equals("dlkit.jar") ? "dlkit/" : "dlkit/lib/") + name, entry);
            jars++;
          }
        }
        try (Stream<Path> tests = Files.list(suite)) {
          for (Path test : tests.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
            file(out, "grader/" + lab + "/" + test.getFileName(), test);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + zip, e);
    }
    return jars;
  }

  static String setup() {
    return """
        #!/usr/bin/env bash
        # Runs once when Gradescope builds the autograder image (Ubuntu, as root).
        set -euo pipefail
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jdk-headless bubblewrap
        """;
  }

  static String runAutograder(String lab) {
    return """
        #!/usr/bin/env bash
        # Runs for every submission: grades /autograder/submission with the same grader as dlkit grade.
        set -uo pipefail
        cd /autograder/source
        mkdir -p /autograder/results
        exec java -Xmx1g -cp "dlkit/*:dlkit/lib/*" %s \\
          --suite "grader/%s" --submission /autograder/submission --results /autograder/results/results.json
        """.formatted(GradescopeMain.class.getName(), lab);
  }

  private static void text(ZipArchiveOutputStream out, String name, String text, boolean executable) throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode(executable ? 0755 : 0644);
    out.putArchiveEntry(entry);
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeArchiveEntry();
  }

  private static void file(ZipArchiveOutputStream out, String name, Path file) throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode(0644);
    out.putArchiveEntry(entry);
    Files.copy(file, out);
    out.closeArchiveEntry();
  }
}
