package org.dlkit.grader;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.dlkit.exercise.TestResult;
import org.dlkit.exercise.TestRunner;

/**
 * Runs grader tests inside the sandbox, one JVM per submission. It reads its orders from standard
 * input before any student class loads: the signing key, the per-test timeout in milliseconds,
 * then one line per test ({@code exercise TAB testClass TAB method}). It reports on the standard
 * output it had at start, every line {@linkplain Signer signed}: {@code start} before each test,
 * {@code result} after it, and {@code done} at the end. Student output goes to a bounded buffer.
 * After a test times out or runs out of memory it stops, since the test's thread may still be
 * running or the heap be spent, and the grader starts a fresh JVM for the rest.
 */
public final class SandboxMain {
  private static final int OUTPUT_LIMIT = 8 * 1024;

  private SandboxMain() {}

  /** Runs the tests given on standard input; see the class comment. */
  public static void main(String[] args) throws Exception {
    BufferedReader orders = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in),
        StandardCharsets.UTF_8));
    Signer signer = Signer.of(orders.readLine());
    Duration timeout = Duration.ofMillis(Long.parseLong(orders.readLine().strip()));
    List<String[]> tests = new ArrayList<>();
    for (String line = orders.readLine(); line != null && !line.isEmpty(); line = orders.readLine()) {
      tests.add(line.split("\t"));
    }
    PrintStream channel = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    BoundedOutput captured = new BoundedOutput(OUTPUT_LIMIT);
    PrintStream studentOut = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(studentOut);
    System.setErr(studentOut);
    TestRunner runner = new TestRunner(timeout);
    for (String[] test : tests) {
      channel.println(signer.sign(String.join("\t", "start", test[0], test[2])));
      captured.reset();
      TestResult result = run(runner, test[0], test[1], test[2]);
      channel.println(signer.sign(String.join("\t", "result", test[0], test[2], Double.toString(result.score()),
          encode(result.message()), encode(captured.text()))));
      if (result.message().startsWith("took too long") || result.message().startsWith("ran out of memory")) {
        channel.println(signer.sign("restart"));
        channel.flush();
        Runtime.getRuntime().halt(0);
      }
    }
    channel.println(signer.sign("done"));
    channel.flush();
    Runtime.getRuntime().halt(0);
  }

  private static TestResult run(TestRunner runner, String exercise, String testClass, String method) {
    try {
      Class<?> type = Class.forName(testClass);
      for (Method candidate : type.getDeclaredMethods()) {
        if (candidate.getName().equals(method)) {
          return runner.run(exercise, type, List.of(candidate)).get(0);
        }
      }
      return TestResult.failed(exercise, method, 0, "visible", "the test " + method + " is missing from " + testClass);
    } catch (ClassNotFoundException | LinkageError e) {
      return TestResult.failed(exercise, method, 0, "visible", "the tests could not be loaded: " + e);
    } catch (OutOfMemoryError e) {
      return TestResult.failed(exercise, method, 0, "visible", "ran out of memory: the grader allows the tests "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; look for a collection that grows without end");
    }
  }

  static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String text) {
    return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
  }
}
