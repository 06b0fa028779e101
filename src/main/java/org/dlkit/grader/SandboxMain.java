package org.dlkit.grader;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.dlkit.exercise.PlannedTest;
import org.dlkit.exercise.TestOutcome;
import org.dlkit.exercise.TestRunner;

/**
 * Runs grader tests inside the sandbox, one test per order from the grader. Before any student
 * class loads, it reads a one-time handshake and the per-test timeout in milliseconds from
 * standard input, and connects to the grader's Unix-domain socket (the path is its only argument).
 * Then, for each order {@code run TAB exercise TAB testClass TAB method} on that socket, it runs
 * that one test and answers with one line: {@code result TAB passed TAB restart TAB message TAB
 * output} (message and output in Base64). Student output (System.out, System.err) goes to a
 * bounded buffer per test; file descriptors 1 and 2 only ever carry what native code writes, and
 * the grader reads nothing from them but a diagnosis. After a test that leaves a thread running (a
 * timeout, a failure whose message never came) or runs out of memory, it answers with restart set
 * and stops, and the grader goes on in a fresh JVM.
 */
public final class SandboxMain {
  private static final int OUTPUT_LIMIT = 8 * 1024;

  private SandboxMain() {}

  /** Runs the tests the grader orders; see the class comment. */
  public static void main(String[] args) throws Exception {
    BufferedReader setup = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in),
        StandardCharsets.UTF_8));
    String handshake = setup.readLine();
    Duration timeout = Duration.ofMillis(Long.parseLong(setup.readLine().strip()));
    SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX);
    socket.connect(UnixDomainSocketAddress.of(args[0]));
    OutputStream replies = Channels.newOutputStream(socket);
    replies.write((handshake + "\n").getBytes(StandardCharsets.UTF_8));
    replies.flush();
    BufferedReader orders = new BufferedReader(new InputStreamReader(Channels.newInputStream(socket),
        StandardCharsets.UTF_8));
    BoundedOutput captured = new BoundedOutput(OUTPUT_LIMIT);
    PrintStream studentOut = new PrintStream(captured, true, StandardCharsets.UTF_8);
    System.setOut(studentOut);
    System.setErr(studentOut);
    TestRunner runner = new TestRunner(timeout);
    for (String order = orders.readLine(); order != null && order.startsWith("run\t"); order = orders.readLine()) {
      String[] test = order.split("\t", -1);
      captured.reset();
      TestOutcome result;
      boolean restart;
      try {
        result = runner.run(SandboxMain.class.getClassLoader(), new PlannedTest(test[1], test[2], test[3]));
        restart = runner.leftThreadsRunning();
      } catch (OutOfMemoryError e) {
        result = null;
        restart = true;
      }
      String message = result != null ? result.message() : "ran out of memory: the grader allows the tests "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB; look for a collection that grows without end";
      boolean passed = result != null && result.passed();
      replies.write(String.join("\t", "result", passed ? "1" : "0", restart ? "1" : "0", encode(message),
          encode(captured.text())).concat("\n").getBytes(StandardCharsets.UTF_8));
      replies.flush();
      if (restart) {
        break;
      }
    }
    Runtime.getRuntime().halt(0);
  }

  static String encode(String text) {
    return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String text) {
    return new String(Base64.getDecoder().decode(text), StandardCharsets.UTF_8);
  }
}
