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
    String[] current = new String[2];
    TestRunner.Listener report = new TestRunner.Listener() {
      @Override
      public void started(String method) {
        current[1] = method;
        channel.println(signer.sign(String.join("\t", "start", current[0], method)));
        captured.reset();
      }

      @Override
      public void finished(String method, TestResult result) {
        channel.println(signer.sign(String.join("\t", "result", current[0], method, Double.toString(result.score()),
            encode(result.message()), encode(captured.text()))));
        current[1] = null;
        if (result.message().startsWith("took too long")) {
          restart(channel, signer);
        }
      }
    };
    for (List<String[]> group : byTestClass(tests)) {
      current[0] = group.get(0)[0];
      try {
        Class<?> type = Class.forName(group.get(0)[1]);
        List<Method> methods = new ArrayList<>();
        for (String[] test : group) {
          for (Method candidate : type.getDeclaredMethods()) {
            if (candidate.getName().equals(test[2])) {
              methods.add(candidate);
            }
          }
        }
        runner.run(current[0], type, methods, report);
      } catch (OutOfMemoryError e) {
        if (current[1] != null) {
          channel.println(signer.sign(String.join("\t", "result", current[0], current[1], "0.0", encode(
              "ran out of memory: the grader allows the tests " + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                  + " MB; look for a collection that grows without end"), encode(""))));
        }
        restart(channel, signer);
      } catch (ClassNotFoundException | LinkageError e) {
        for (String[] test : group) {
          channel.println(signer.sign(String.join("\t", "result", current[0], test[2], "0.0",
              encode("the tests could not be loaded: " + e), encode(""))));
        }
      }
    }
    channel.println(signer.sign("done"));
    channel.flush();
    Runtime.getRuntime().halt(0);
  }

  /** Tells the grader to go on in a fresh JVM, and stops this one at once. */
  private static void restart(PrintStream channel, Signer signer) {
    channel.println(signer.sign("restart"));
    channel.flush();
    Runtime.getRuntime().halt(0);
  }

  /** Groups consecutive tests of the same exercise and test class, keeping their order. */
  private static List<List<String[]>> byTestClass(List<String[]> tests) {
    List<List<String[]>> groups = new ArrayList<>();
    for (String[] test : tests) {
      List<String[]> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (last != null && last.get(0)[0].equals(test[0]) && last.get(0)[1].equals(test[1])) {
        last.add(test);
      } else {
        List<String[]> group = new ArrayList<>();
        group.add(test);
        groups.add(group);
      }
    }
    return groups;
  }

  static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String text) {
    return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
  }
}
