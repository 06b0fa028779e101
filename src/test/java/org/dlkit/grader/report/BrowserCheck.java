package org.dlkit.grader.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/browser/check-report.cjs}: opens a report in headless Chromium through
 * playwright-core (installed with npm into {@code target/browser-node} on first use) and returns
 * what the script printed.
 */
final class BrowserCheck {
  static final String PLAYWRIGHT_VERSION = "1.65.2";
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SCRIPT = Path.of("src/test/browser/check-report.cjs");
  private static final Path NODE_FOLDER = Path.of("target/browser-node");

  /**
   * What the check printed and its exit status.
   *
   * @param status 0 when the page loaded cleanly
   * @param output the script's stdout and stderr
   */
  record Outcome(int status, String output) {}

  private BrowserCheck() {}

  /** Returns why the check cannot run here (no node, npm or Chromium), or null when it can. */
  static String unavailableReason() {
    if (!onPath("node") || !onPath("npm")) {
      return "node and npm are not installed (apt-get install nodejs npm)";
    }
    return Files.isExecutable(CHROMIUM) ? null : CHROMIUM + " is missing (apt-get install chromium)";
  }

  /** Opens {@code report} in Chromium and saves a screenshot to {@code screenshot}. */
  static Outcome open(Path report, Path screenshot) throws IOException, InterruptedException {
    Path module = NODE_FOLDER.resolve("node_modules/playwright-core");
    if (!Files.isDirectory(module)) {
      Outcome install = run(List.of("npm", "install", "--prefix", NODE_FOLDER.toString(), "--no-audit", "--no-fund",
          "playwright-core@" + PLAYWRIGHT_VERSION), module);
      if (install.status() != 0) {
        throw new IllegalStateException("npm could not install playwright-core: " + install.output());
      }
    }
    return run(List.of("node", SCRIPT.toString(), report.toString(), screenshot.toString()), module);
  }

  private static Outcome run(List<String> command, Path module) throws IOException, InterruptedException {
    Path log = Files.createTempFile("dlkit-browser-", ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("PLAYWRIGHT_CORE", module.toAbsolutePath().toString());
    builder.environment().put("CHROMIUM", CHROMIUM.toString());
    Process process = builder.start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      return new Outcome(-1, String.join(" ", command) + " did not finish in 5 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    return new Outcome(process.exitValue(), output);
  }

  private static boolean onPath(String program) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
