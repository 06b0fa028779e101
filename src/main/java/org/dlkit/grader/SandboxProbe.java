package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds the strongest {@link Isolation} level that works here by running, at each level from the
 * strongest down, exactly the command a submission's JVM will run (same prefix, namespaces, binds,
 * limits and JVM options), with this class as its main instead of the test runner.
 */
public final class SandboxProbe {
  /** What the probe's JVM prints when it started. */
  static final String STARTED = "dlkit sandbox probe: the JVM started";

  private SandboxProbe() {}

  /**
   * What the probe found.
   *
   * @param sandbox the sandbox at the strongest level that works, or null when none at or above the lowest allowed does
   * @param failures why each stronger level failed, level by level
   */
  record Result(Sandbox sandbox, Map<Isolation, String> failures) {
    /** Returns one line per failed level, for a message or the grader's log. */
    String explanation() {
      StringBuilder text = new StringBuilder();
      failures.forEach((level, why) -> text.append("\n  ").append(level.label()).append(": ").append(why));
      return text.toString();
    }
  }

  /** Prints {@link #STARTED}: the probe's JVM has everything it needs to start. */
  public static void main(String[] args) {
    System.out.println(STARTED);
  }

  /**
   * Tries the levels from {@link Isolation#FULL} down to {@code lowest} and returns the first that
   * starts a JVM, with why the stronger ones did not.
   */
  static Result choose(List<Path> classPath, Sandbox.Limits limits, int slots, Isolation lowest) {
    Map<Isolation, String> failures = new LinkedHashMap<>();
    Path classes;
    try {
      classes = Files.createTempDirectory("dlkit-probe-");
      Sandbox.openUp(classes);
    } catch (IOException e) {
      throw new UncheckedIOException("could not create the probe's folder", e);
    }
    try {
      for (Isolation level : Isolation.values()) {
        if (level.compareTo(lowest) > 0) {
          break;
        }
        if (level.sandboxed() && !Files.isExecutable(Sandbox.BWRAP)) {
          failures.put(level, "bubblewrap is not installed (/usr/bin/bwrap is missing; apt-get install bubblewrap)");
          continue;
        }
        Sandbox sandbox = Sandbox.at(level, classPath, limits, slots);
        String failure = tryOnce(sandbox, classes);
        if (failure == null) {
          return new Result(sandbox, failures);
        }
        failures.put(level, failure);
      }
      return new Result(null, failures);
    } finally {
      Sandbox.deleteTree(classes);
    }
  }

  /** Runs the probe at {@code sandbox}'s level; returns null when its JVM started, else why not. */
  static String tryOnce(Sandbox sandbox, Path classes) {
    try (Sandbox.Launch launch = sandbox.launch(classes, SandboxProbe.class.getName())) {
      Process process = new ProcessBuilder(launch.command()).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "the probe's JVM did not finish within 60 s";
      }
      if (process.exitValue() == 0 && output.contains(STARTED)) {
        return null;
      }
      List<String> lines = new ArrayList<>(output.lines().filter(l -> !l.contains("incubator modules")).toList());
      return "exit code " + process.exitValue() + (lines.isEmpty() ? "" : ": " + String.join(" / ", lines));
    } catch (IOException e) {
      return "could not start: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}
