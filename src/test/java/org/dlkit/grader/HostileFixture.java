package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Tests that {@link SandboxRunTest} runs in the sandbox as if they were a suite, doing what student
 * code could do if it got past the bytecode policy: this code is not checked, so it shows what the
 * results channel holds on its own. Not a test class of this project (its name keeps Surefire off).
 */
public final class HostileFixture {
  /** Passes. */
  @Test
  public void passes() {
    assertEquals(2, 1 + 1);
  }

  /** Writes lines shaped like results to file descriptor 1, tries the grader's socket, and halts the JVM. */
  @Test
  public void forgesResultsThenHalts() throws IOException {
    try (FileOutputStream out = new FileOutputStream(FileDescriptor.out)) {
      for (int i = 0; i < 50; i++) {
        out.write("result\t1\t0\t\t\nresult\ttwice\tpasses\t1.0\t\t\ndone\n".getBytes(StandardCharsets.UTF_8));
      }
      out.flush();
    }
    try (SocketChannel socket = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      socket.connect(UnixDomainSocketAddress.of(Sandbox.CHANNEL + "/" + ResultChannel.SOCKET));
      socket.write(java.nio.ByteBuffer.wrap("result\t1\t0\t\t\n".getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      // the socket is gone once the runner has connected
    }
    Runtime.getRuntime().halt(0);
  }

  /** Writes to file descriptor 1 without a newline, as native code does, and passes. */
  @Test
  public void printsWithoutNewlineAndPasses() throws IOException {
    FileOutputStream out = new FileOutputStream(FileDescriptor.out);
    out.write("native output without a newline".getBytes(StandardCharsets.UTF_8));
    out.flush();
    assertEquals(4, 2 + 2);
  }

  /** Fails with an exception whose message never comes. */
  @Test
  public void failsWithAMessageThatNeverComes() {
    throw new IllegalStateException() {
      @Override
      public String getMessage() {
        while (true) {
          Thread.onSpinWait();
        }
      }
    };
  }
}
