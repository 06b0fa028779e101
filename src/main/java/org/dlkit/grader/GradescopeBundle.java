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
 * {@code /autograder/results/results.json}. The zip carries dlkit's jar, only the libraries grading
 * loads, and the lab's suite.
 */
final class GradescopeBundle {
  /**
   * The jars grading loads, measured with {@code -Xlog:class+load} while grading every lab's
   * solution: JUnit 5 (with its parameterized tests, which suites may use), opentest4j and
   * apiguardian, Gson (notebooks and results.json), and netlib's BLAS with its pure-Java fallback
   * (the arpack jar). Everything else on dlkit's class path (the kernel, Tablesaw with fastutil and
   * icu4j, XChart, the Maven resolver, Deeplearning4j) is never loaded while grading.
   */
  private static final Pattern FOR_GRADING = Pattern.compile(
      "(dlkit|junit-jupiter-api|junit-jupiter-engine|junit-jupiter-params|junit-platform-commons|junit-platform-engine"
          + "|junit-platform-launcher|opentest4j|apiguardian-api|gson|blas|arpack_combined_all|asm)(-[0-9][^/]*)?\\.jar");
  private GradescopeBundle() {}


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
          if (Files.isRegularFile(entry) && name.endsWith(".jar") && FOR_GRADING.matcher(name).matches()) {
            file(out, (name.equals("dlkit.jar") ? "dlkit/" : "dlkit/lib/") + name, entry);
            jars++;
          } else if (Files.isRegularFile(entry.resolve(GradescopeMain.class.getName().replace('.', '/') + ".class"))) {
            bytes(out, "dlkit/dlkit.jar", jarOf(entry));
            jars++;
          }
        }
        try (Stream<Path> tests = Files.list(suite)) {
          for (Path test : tests.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
            file(out, "grader/" + lab + "/" + test.getFileName(), test);
          }
        }
        Path fingerprints = suite.resolve(Mistake.FOLDER).resolve(org.dlkit.exercise.KnownMistakes.FILE);
        if (Files.isRegularFile(fingerprints)) {
          file(out, "grader/" + lab + "/" + Mistake.FOLDER + "/" + org.dlkit.exercise.KnownMistakes.FILE, fingerprints);
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
        # Runs for every submission: grades /autograder/submission with the same grader as dlkit grade, at the
        # strongest isolation this container allows (results.json says which). Add --require-sandbox to the java
        # line to refuse to grade (results.json then says "not graded") where bubblewrap cannot isolate.
        # AUTOGRADER_ROOT (default /autograder) lets a test run it outside Gradescope.
        set -uo pipefail
        root="${AUTOGRADER_ROOT:-/autograder}"
        cd "$root/source"
        mkdir -p "$root/results"
        exec java -Xmx1g -XX:+UseSerialGC -cp "dlkit/*:dlkit/lib/*" %s \\
          --suite "grader/%s" --submission "$root/submission" --results "$root/results/results.json"
        """.formatted(GradescopeMain.class.getName(), lab);
  }

  private static void text(ZipArchiveOutputStream out, String name, String text, boolean executable) throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode(executable ? 0755 : 0644);
    out.putArchiveEntry(entry);
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeArchiveEntry();
  }

  /** Returns a jar of the classes under {@code folder}: dlkit's own when it runs from a build's classes folder. */
  private static byte[] jarOf(Path folder) throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.jar.JarOutputStream jar = new java.util.jar.JarOutputStream(bytes);
        Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        jar.putNextEntry(new java.util.jar.JarEntry(folder.relativize(file).toString().replace('\\', '/')));
        Files.copy(file, jar);
        jar.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static void bytes(ZipArchiveOutputStream out, String name, byte[] content) throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setUnixMode(0644);
    out.putArchiveEntry(entry);
    out.write(content);
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
