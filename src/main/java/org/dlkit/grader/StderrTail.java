package org.dlkit.grader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Reads a process's output (the sandbox merges its standard output and error) on its own thread and keeps only the last few kilobytes. */
final class StderrTail {
  private static final int KEEP = 4096;
  private final byte[] tail = new byte[KEEP];
  private long total;

  private StderrTail() {}

  /** Starts draining {@code stderr}. */
  static StderrTail drain(InputStream stderr) {
    StderrTail tail = new StderrTail();
    Thread reader = new Thread(() -> tail.readAll(stderr), "dlkit-sandbox-stderr");
    reader.setDaemon(true);
    reader.start();
    return tail;
  }

  private void readAll(InputStream stderr) {
    byte[] buffer = new byte[8192];
    try (stderr) {
      for (int n = stderr.read(buffer); n > 0; n = stderr.read(buffer)) {
        synchronized (this) {
          for (int i = 0; i < n; i++) {
            tail[(int) (total++ % KEEP)] = buffer[i];
          }
        }
      }
    } catch (IOException e) {
      // the process ended
    }
  }

  /** Returns the last bytes read, without the JVM's harmless warnings. */
  synchronized String text() {
    int size = (int) Math.min(total, KEEP);
    byte[] ordered = new byte[size];
    for (int i = 0; i < size; i++) {
      ordered[i] = tail[(int) ((total - size + i) % KEEP)];
    }
    return new String(ordered, StandardCharsets.UTF_8).replaceAll("(?m)^WARNING: Using incubator modules.*\\R?", "");
  }
}
