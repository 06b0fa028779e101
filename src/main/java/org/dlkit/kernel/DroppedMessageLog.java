package org.dlkit.kernel;

import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Logs each message the kernel drops as one line on its standard error (which Jupyter shows in
 * the server's log), at most {@code burst} lines per {@code windowMillis}; the lines a flood
 * would have written are counted and the count is reported by the next line written.
 *
 * <p>Thread-safe: the shell, control and stdin channels share one log.
 */
final class DroppedMessageLog {
  private final PrintStream out;
  private final int burst;
  private final long windowMillis;
  private final LongSupplier clock;
  private long windowStart;
  private int writtenInWindow;
  private long suppressed;

  private DroppedMessageLog(PrintStream out, int burst, long windowMillis, LongSupplier clock) {
    this.out = out;
    this.burst = burst;
    this.windowMillis = windowMillis;
    this.clock = clock;
    this.windowStart = clock.getAsLong();
  }

  /** Returns a log writing to {@code out} at most 10 lines every 10 seconds. */
  static DroppedMessageLog to(PrintStream out) {
    return new DroppedMessageLog(out, 10, 10_000, System::currentTimeMillis);
  }

  /** Returns a log with the given limit and clock (milliseconds), for tests. */
  static DroppedMessageLog to(PrintStream out, int burst, long windowMillis, LongSupplier clock) {
    return new DroppedMessageLog(out, burst, windowMillis, clock);
  }

  /** Records that a message on {@code channel} was dropped because of {@code reason}. */
  synchronized void dropped(String channel, String reason) {
    long now = clock.getAsLong();
    if (now - windowStart >= windowMillis) {
      windowStart = now;
      writtenInWindow = 0;
    }
    if (writtenInWindow >= burst) {
      suppressed++;
      return;
    }
    writtenInWindow++;
    String more = suppressed == 0 ? "" : " (" + suppressed + " more dropped since the last line)";
    suppressed = 0;
    out.println("dlkit kernel: dropped a message on the " + channel + " channel: " + reason + more);
    out.flush();
  }
}
