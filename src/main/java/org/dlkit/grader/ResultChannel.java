package org.dlkit.grader;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * The grader's end of the line to one sandboxed JVM: a Unix-domain socket in a folder of its own,
 * which the sandbox binds in. It takes exactly one connection, the one that opens with this
 * channel's handshake (which {@link SandboxMain} reads from its standard input and sends before
 * any student class loads), and then closes and removes the socket, so nothing else in the sandbox
 * can connect. The handshake proves nothing afterwards: the verdict rests on the grader ordering
 * one test at a time and taking one answer for it, not on a secret.
 */
final class ResultChannel implements Closeable {
  /** The socket's file name inside the channel's folder. */
  static final String SOCKET = "results.sock";
  private static final int LINE_LIMIT = 1 << 20;

  private final Path folder;
  private final ServerSocketChannel listener;
  private final String handshake;
  private SocketChannel connection;
  private LineReader replies;
  private OutputStream orders;

  private ResultChannel(Path folder, ServerSocketChannel listener, String handshake) {
    this.folder = folder;
    this.listener = listener;
    this.handshake = handshake;
  }

  /** Opens a channel in a new temporary folder that user nobody can reach (the socket's name is fixed). */
  static ResultChannel open() {
    try {
      Path folder = Files.createTempDirectory("dlkit-channel");
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx--x--x"));
      ServerSocketChannel listener = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      listener.bind(UnixDomainSocketAddress.of(folder.resolve(SOCKET)));
      Files.setPosixFilePermissions(folder.resolve(SOCKET), PosixFilePermissions.fromString("rw-rw-rw-"));
      byte[] secret = new byte[16];
      new SecureRandom().nextBytes(secret);
      return new ResultChannel(folder, listener, HexFormat.of().formatHex(secret));
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the grader's channel to the sandbox: " + e.getMessage(), e);
    }
  }

  /** Returns the folder that holds the socket, to bind into the sandbox. */
  Path folder() {
    return folder;
  }

  /** Returns the line the sandboxed JVM must send first. */
  String handshake() {
    return handshake;
  }

  /**
   * Waits for the JVM to connect with the handshake; returns false when {@code process} ends first
   * or nothing valid connects within {@code nanos}. Either way, no later connection is accepted.
   */
  boolean accept(Process process, long nanos) {
    Watchdog closer = Watchdog.close(listener, nanos);
    process.onExit().thenRun(() -> quietly(listener));
    try {
      while (connection == null) {
        SocketChannel candidate = listener.accept();
        Watchdog slow = Watchdog.close(candidate, TimeUnit.SECONDS.toNanos(5));
        LineReader lines = new LineReader(Channels.newInputStream(candidate), LINE_LIMIT);
        String first = lines.next();
        slow.cancel();
        if (handshake.equals(first)) {
          connection = candidate;
          replies = lines;
          orders = Channels.newOutputStream(candidate);
        } else {
          quietly(candidate);
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      closer.cancel();
      quietly(listener);
      try {
        Files.deleteIfExists(folder.resolve(SOCKET));
      } catch (IOException e) {
        // removed with the folder
      }
    }
  }

  /** Sends one order line. */
  void send(String order) throws IOException {
    orders.write((order + "\n").getBytes(StandardCharsets.UTF_8));
    orders.flush();
  }

  /** Returns the next line the JVM sent, or null when the connection ended. */
  String receive() throws IOException {
    return replies.next();
  }

  /** Closes the connection and removes the folder. */
  @Override
  public void close() {
    quietly(listener);
    if (connection != null) {
      quietly(connection);
    }
    try {
      Files.deleteIfExists(folder.resolve(SOCKET));
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      // left for the temporary folder's cleanup
    }
  }

  private static void quietly(Closeable closeable) {
    try {
      closeable.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
