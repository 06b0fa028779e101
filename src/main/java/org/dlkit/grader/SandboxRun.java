package org.dlkit.grader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a submission's tests in the sandbox until each has a result: when the JVM dies in a test
 * (System.exit, running out of memory) that test fails with the reason and a fresh JVM runs the
 * rest; when the submission's total time runs out, the tests left fail.
 */
final class SandboxRun {
  /**
   * One test to run.
   *
   * @param exercise the exercise's id
   * @param testClass the test class's binary name
   * @param method the test method
   */
  record Test(String exercise, String testClass, String method) {}

  /**
   * A test's outcome as the sandbox reported it.
   *
   * @param passed whether it passed
   * @param message why it failed
   * @param output what the student's code printed during it
   */
  record Outcome(boolean passed, String message, String output) {}

  private final Sandbox sandbox;
  private final Duration testTimeout;
  private final Duration wallClock;

  SandboxRun(Sandbox sandbox, Duration testTimeout, Duration wallClock) {
    this.sandbox = sandbox;
    this.testTimeout = testTimeout;
    this.wallClock = wallClock;
  }

  /** How many times a JVM that did not start is started again, and the first pause between tries. */
  private static final int STARTS = 4;
  private static final long FIRST_PAUSE_MILLIS = 500;

  /** Returns the isolation level the tests run at. */
  Isolation isolation() {
    return sandbox.isolation();
  }

  /** Thrown when the sandbox would not start a JVM, after retries, for a reason outside the student's code. */
  static final class NotGraded extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotGraded(String reason) {
      super(reason);
    }
  }

  /**
   * Runs {@code tests} on the classes in {@code classes}; returns an outcome for every test. A JVM
   * that reports nothing at all (the sandbox or the JVM failed before any student code ran) is
   * started again a few times with growing pauses; when it never starts, throws {@link NotGraded}.
   */
  Map<Test, Outcome> run(Path classes, List<Test> tests) {
    Map<Test, Outcome> outcomes = new LinkedHashMap<>();
    long deadline = System.nanoTime() + wallClock.toNanos();
    List<Test> remaining = new ArrayList<>(tests);
    int failedStarts = 0;
    while (!remaining.isEmpty()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        remaining.forEach(t -> outcomes.put(t, failed("not run: the submission used up its " + wallClock.toSeconds()
            + " s for all tests")));
        break;
      }
      Attempt attempt = runOnce(classes, remaining, outcomes, left);
      remaining.removeIf(outcomes::containsKey);
      if (attempt.started()) {
        failedStarts = 0;
        continue;
      }
      failedStarts++;
      if (failedStarts >= STARTS) {
        throw new NotGraded("the grader's Java VM did not start after " + STARTS + " tries"
            + (attempt.stderr().isBlank() ? "" : ": " + attempt.stderr().strip()));
      }
      pause(FIRST_PAUSE_MILLIS << (failedStarts - 1));
    }
    return outcomes;
  }

  /** What one JVM did: whether it reported anything signed, and the end of its stderr. */
  private record Attempt(boolean started, String stderr) {}

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotGraded("interrupted while waiting to start the grader's Java VM again");
    }
  }

  /** Runs the tests in one JVM until it ends, adding what it reports to {@code outcomes}. */
  private Attempt runOnce(Path classes, List<Test> tests, Map<Test, Outcome> outcomes, long nanosLeft) {
    try (Sandbox.Launch launch = sandbox.launch(classes)) {
      return runOnce(launch, tests, outcomes, nanosLeft);
    }
  }

  private Attempt runOnce(Sandbox.Launch launch, List<Test> tests, Map<Test, Outcome> outcomes, long nanosLeft) {
    Process process;
    try {
      List<String> command = launch.command();
      if (Boolean.getBoolean("dlkit.grade.timing")) {
        System.err.println("\n" + String.join(" ", command));
      }
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      return new Attempt(false, "could not start " + e.getMessage());
    }
    String key = Signer.newKey();
    Signer signer = Signer.of(key);
    StderrTail stderr = StderrTail.drain(process.getErrorStream());
    Watchdog watchdog = Watchdog.kill(process, nanosLeft);
    Test current = null;
    boolean finished = false;
    boolean started = false;
    try (OutputStream orders = process.getOutputStream()) {
      StringBuilder text = new StringBuilder(key).append('\n').append(testTimeout.toMillis()).append('\n');
      tests.forEach(t -> text.append(t.exercise()).append('\t').append(t.testClass()).append('\t')
          .append(t.method()).append('\n'));
      orders.write(text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // the JVM died before reading its orders; its stderr says why
    }
    LineReader lines = new LineReader(process.getInputStream(), 1 << 20);
    Map<String, Test> byName = new LinkedHashMap<>();
    tests.forEach(t -> byName.put(t.exercise() + "\t" + t.method(), t));
    try {
      for (String line = lines.next(); line != null; line = lines.next()) {
        String verified = signer.verify(line);
        if (verified == null) {
          continue;
        }
        started = true;
        String[] parts = verified.split("\t", -1);
        switch (parts[0]) {
          case "start" -> current = byName.get(parts[1] + "\t" + parts[2]);
          case "result" -> {
            Test test = byName.get(parts[1] + "\t" + parts[2]);
            boolean passed = Double.parseDouble(parts[3]) > 0;
            outcomes.put(test, new Outcome(passed, SandboxMain.decode(parts[4]), SandboxMain.decode(parts[5])));
            current = null;
          }
          case "done", "restart" -> finished = true;
          default -> { }
        }
      }
      process.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // the stream broke; whatever has no outcome fails below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      watchdog.cancel();
    }
    if (!finished && current != null && !outcomes.containsKey(current)) {
      outcomes.put(current, failed(whyItDied(process, stderr.text(), watchdog.fired(), launch.outOfMemory())));
    }
    return new Attempt(started, stderr.text());
  }

  private String whyItDied(Process process, String stderr, boolean timedOut, boolean killedForMemory) {
    if (timedOut) {
      return "stopped: the submission used up its " + wallClock.toSeconds() + " s for all tests";
    }
    if (killedForMemory) {
      return "ran out of memory: the grader allows the tests " + sandbox.limits().memoryMegabytes()
          + " MB in all (heap, native memory and direct buffers), and the system stopped the Java VM";
    }
    if (stderr.contains("OutOfMemoryError")) {
      return "ran out of memory: the grader allows the tests " + sandbox.heapMegabytes() + " MB";
    }
    String code = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
    return "the Java VM stopped during this test" + code + ": does the code call System.exit, or start "
        + "processes? " + (stderr.isBlank() ? "" : "Its last words: " + stderr.strip());
  }

  private static Outcome failed(String message) {
    return new Outcome(false, message, "");
  }
}
