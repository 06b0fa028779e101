package org.dlkit.hub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a small command with a student's own user and group ids ({@code setpriv}), so that whatever
 * the student planted in their home (a symbolic link to {@code /etc/shadow}, to another student's
 * file, a folder swapped for a link mid-way) can reach only what the student could reach anyway.
 */
final class AsUser {
  private AsUser() {}

  /** What the command printed (at most the bytes asked for) and its exit code. */
  record Result(int exit, byte[] out, boolean truncated, String err) {}

  /**
   * Runs {@code command} as {@code account} in {@code /}, with {@code input} on its stdin, keeping at
   * most {@code maxOut} bytes of its stdout.
   */
  static Result run(Account account, List<String> command, byte[] input, long maxOut) {
    List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=" + account.uid(), "--regid=" + account.gid(),
        "--clear-groups", "--"));
    full.addAll(command);
    ProcessBuilder builder = new ProcessBuilder(full).directory(new java.io.File("/"));
    builder.environment().clear();
    builder.environment().put("PATH", "/usr/bin:/bin");
    builder.environment().put("LC_ALL", "C.UTF-8");
    try {
      Process process = builder.start();
      try (OutputStream stdin = process.getOutputStream()) {
        stdin.write(input);
      } catch (IOException closedEarly) {
        // the command did not read all of it; its exit code says why
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      boolean truncated = false;
      try (InputStream stdout = process.getInputStream()) {
        byte[] buffer = new byte[65536];
        for (int n; (n = stdout.read(buffer)) > 0; ) {
          long room = maxOut - out.size();
          if (n > room) {
            out.write(buffer, 0, (int) Math.max(0, room));
            truncated = true;
            process.destroyForcibly();
            break;
          }
          out.write(buffer, 0, n);
        }
      }
      String err = new String(process.getErrorStream().readNBytes(4096), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new Result(124, out.toByteArray(), truncated, "timed out");
      }
      return new Result(process.exitValue(), out.toByteArray(), truncated, err);
    } catch (IOException e) {
      throw new UncheckedIOException("could not run setpriv as " + account.user() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running a command as " + account.user(), e);
    }
  }
}
