package org.dlkit.grader;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dlkit.exercise.PlannedTest;
import org.dlkit.exercise.Prepared;
import org.dlkit.exercise.TestOutcome;
import org.dlkit.exercise.TestRun;

/**
 * Runs a submission's tests in the sandbox until each has a result. The grader orders one test at
 * a time over a {@link ResultChannel} (not the JVM's standard output, which student and native
 * code can write to) and takes exactly one answer for the test it ordered, so the sandboxed JVM
 * cannot speak for any other test, and the verdict rests on no secret held in that JVM. When the
 * JVM dies in a test (running out of memory, a crash) or does not answer within the test's timeout
 * and a grace period, that test fails with the reason and a fresh JVM runs the rest; when the
 * submission's total time runs out, the tests left fail. It is the grader's {@link TestRun}: the
 * notebook's {@code check} runs the same plan in process and reaches the same verdict.
 */
final class SandboxRun implements TestRun {
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

  /** How long past its own timeout a test's JVM may take to answer (a cold JUnit start on a busy machine) before the grader stops it. */
  private static final Duration GRACE = Duration.ofSeconds(30);

  private final Sandbox sandbox;
  private final Duration testTimeout;
  private final Duration wallClock;
  private final Path work;

  /**
   * Returns a run in {@code sandbox} that allows each test {@code testTimeout} and all of one
   * submission's tests {@code wallClock}, writing a plan's classes under the system's temporary folder.
   */
  SandboxRun(Sandbox sandbox, Duration testTimeout, Duration wallClock) {
    this(sandbox, testTimeout, wallClock, Path.of(System.getProperty("java.io.tmpdir")));
  }

  private SandboxRun(Sandbox sandbox, Duration testTimeout, Duration wallClock, Path work) {
    this.sandbox = sandbox;
    this.testTimeout = testTimeout;
    this.wallClock = wallClock;
    this.work = work;
  }

  /**
   * Returns this run writing each plan's classes into a new folder under {@code work} (named by the
   * grader, never by the student, readable by the sandbox), deleted after its run.
   */
  SandboxRun in(Path work) {
    return new SandboxRun(sandbox, testTimeout, wallClock, work);
  }

  /**
   * Runs the plan's tests in the sandbox; see {@link #run(Path, List)}.
   *
   * @throws NotGraded when the sandbox would not start a JVM
   */
  @Override
  public Map<PlannedTest, TestOutcome> run(Prepared plan) {
    List<PlannedTest> planned = plan.tests();
    Map<PlannedTest, TestOutcome> outcomes = new LinkedHashMap<>();
    if (planned.isEmpty()) {
      return outcomes;
    }
    try (ScratchFolder classes = ScratchFolder.createIn(work, "submission-")) {
      Sandbox.openUp(classes.path());
      writeClasses(classes.path(), plan.classes());
      Map<Test, Outcome> ran = run(classes.path(), planned.stream()
          .map(t -> new Test(t.exercise(), t.testClass(), t.method())).toList());
      ran.forEach((test, outcome) -> outcomes.put(new PlannedTest(test.exercise(), test.testClass(), test.method()),
          new TestOutcome(outcome.passed(), outcome.message(), outcome.output())));
    } catch (IOException e) {
      throw new UncheckedIOException("could not let the sandbox read the classes in " + work, e);
    }
    return outcomes;
  }

  private static void writeClasses(Path dir, Map<String, byte[]> classes) throws IOException {
    for (var entry : classes.entrySet()) {
      Path file = dir.resolve(entry.getKey().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, entry.getValue());
    }
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
   * that never connects to its channel (the sandbox or the JVM failed before any student code ran)
   * is started again a few times with growing pauses; when it never starts, throws {@link NotGraded}.
   */
  Map<Test, Outcome> run(Path classes, List<Test> tests) {
    Map<Test, Outcome> outcomes = new LinkedHashMap<>();
    long deadline = System.nanoTime() + wallClock.toNanos();
    List<Test> remaining = new ArrayList<>(tests);
    int failedStarts = 0;
    while (!remaining.isEmpty()) {
      if (deadline - System.nanoTime() <= 0) {
        remaining.forEach(t -> outcomes.put(t, failed("not run: the submission used up its " + wallClock.toSeconds()
            + " s for all tests")));
        break;
      }
      Attempt attempt = runOnce(classes, remaining, outcomes, deadline);
      remaining.removeIf(outcomes::containsKey);
      if (attempt.started()) {
        failedStarts = 0;
        continue;
      }
      failedStarts++;
      if (failedStarts >= STARTS) {
        throw new NotGraded("the grader's Java VM did not start after " + STARTS + " tries"
            + (attempt.output().isBlank() ? "" : ": " + attempt.output().strip()));
      }
      pause(FIRST_PAUSE_MILLIS << (failedStarts - 1));
    }
    return outcomes;
  }

  /** What one JVM did: whether it connected to its channel, and the end of what it wrote to fd 1 and 2. */
  private record Attempt(boolean started, String output) {}

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotGraded("interrupted while waiting to start the grader's Java VM again");
    }
  }

  /**
   * Starts one sandboxed JVM and orders the tests one at a time, taking exactly one answer for each,
   * until the JVM asks to be replaced, dies, or the time runs out; adds the outcomes to
   * {@code outcomes} and returns the end of what the JVM wrote to its file descriptors 1 and 2.
   */
  private Attempt runOnce(Path classes, List<Test> tests, Map<Test, Outcome> outcomes, long deadline) {
    try (ResultChannel channel = ResultChannel.open(); Sandbox.Launch launch = sandbox.launch(classes, channel.folder())) {
      Process process;
      try {
        List<String> command = launch.command();
        if (Boolean.getBoolean("dlkit.grade.timing")) {
          System.err.println("\n" + String.join(" ", command));
        }
        process = new ProcessBuilder(command).redirectErrorStream(true).start();
      } catch (IOException e) {
        return new Attempt(false, "could not start " + e.getMessage());
      }
      StderrTail output = StderrTail.drain(process.getInputStream());
      Watchdog wall = Watchdog.kill(process, deadline - System.nanoTime());
      try {
        try (OutputStream setup = process.getOutputStream()) {
          setup.write((channel.handshake() + "\n" + testTimeout.toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
          // the JVM died before reading its set-up; its output says why
        }
        if (!channel.accept(process, deadline - System.nanoTime())) {
          process.waitFor(1, TimeUnit.SECONDS);
          return new Attempt(wall.fired(), output.text());
        }
        for (Test test : tests) {
          if (!runTest(channel, process, launch, test, outcomes, wall, output, deadline)) {
            break;
          }
        }
        try {
          channel.send("quit");
          process.waitFor(classes == null ? 120 : 2, TimeUnit.SECONDS);
        } catch (IOException e) {
          // it has gone already
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        wall.cancel();
      }
      return new Attempt(true, output.text());
    }
  }

  /**
   * Orders {@code test} and records its one answer, or why none came; returns whether this JVM may
   * run the next test.
   */
  private boolean runTest(ResultChannel channel, Process process, Sandbox.Launch launch, Test test, Map<Test, Outcome> outcomes,
      Watchdog wall, StderrTail output, long deadline) throws InterruptedException {
    long allowed = Math.min(testTimeout.toNanos() + GRACE.toNanos(), deadline - System.nanoTime());
    Watchdog slow = Watchdog.kill(process, Math.max(allowed, 0));
    String reply;
    try {
      channel.send(String.join("\t", "run", test.exercise(), test.testClass(), test.method()));
      reply = channel.receive();
    } catch (IOException e) {
      reply = null;
    } finally {
      slow.cancel();
    }
    if (reply == null) {
      process.waitFor(1, TimeUnit.SECONDS);
      outcomes.put(test, failed(whyItDied(process, output.text(), wall.fired(), slow.fired(), launch.outOfMemory())));
      return false;
    }
    String[] parts = reply.split("\t", -1);
    try {
      if (parts.length != 5 || !parts[0].equals("result")) {
        throw new IllegalArgumentException(reply);
      }
      outcomes.put(test, new Outcome(parts[1].equals("1"), SandboxMain.decode(parts[3]), SandboxMain.decode(parts[4])));
      return parts[2].equals("0");
    } catch (IllegalArgumentException e) {
      outcomes.put(test, failed("the grader could not read the test's answer"));
      return false;
    }
  }

  private String whyItDied(Process process, String output, boolean outOfTime, boolean testTooSlow,
      boolean killedForMemory) {
    if (outOfTime) {
      return "stopped: the submission used up its " + wallClock.toSeconds() + " s for all tests";
    }
    if (killedForMemory) {
      return "ran out of memory: the grader allows the tests " + sandbox.limits().memoryMegabytes()
          + " MB in all (heap, native memory and direct buffers), and the system stopped the Java VM";
    }
    if (testTooSlow) {
      return "took too long: the test did not finish within " + testTimeout.toMillis() + " ms (look for a loop that "
          + "never ends)";
    }
    if (output.contains("OutOfMemoryError")) {
      return "ran out of memory: the grader allows the tests " + sandbox.heapMegabytes() + " MB";
    }
    String code = process.isAlive() ? "" : " (exit code " + process.exitValue() + ")";
    return "the Java VM stopped during this test" + code + ": does the code call System.exit, or start "
        + "processes? " + (output.isBlank() ? "" : "Its last words: " + output.strip());
  }

  private static Outcome failed(String message) {
    return new Outcome(false, message, "");
  }
}
