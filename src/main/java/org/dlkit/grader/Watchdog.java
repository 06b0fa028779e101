package org.dlkit.grader;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Kills a process and its descendants, or closes a channel, when it outlives its time. */
final class Watchdog {
  private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "dlkit-grader-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  private final ScheduledFuture<?> task;
  private final AtomicBoolean fired;

  private Watchdog(ScheduledFuture<?> task, AtomicBoolean fired) {
    this.task = task;
    this.fired = fired;
  }

  /** Starts watching: after {@code nanos}, kills {@code process} and everything it started. */
  static Watchdog kill(Process process, long nanos) {
    AtomicBoolean fired = new AtomicBoolean();
    ScheduledFuture<?> task = TIMER.schedule(() -> {
      fired.set(true);
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
    }, nanos, TimeUnit.NANOSECONDS);
    return new Watchdog(task, fired);
  }

  /** Starts watching: after {@code nanos}, closes {@code closeable}, which ends any read or accept blocked on it. */
  static Watchdog close(java.io.Closeable closeable, long nanos) {
    AtomicBoolean fired = new AtomicBoolean();
    ScheduledFuture<?> task = TIMER.schedule(() -> {
      fired.set(true);
      try {
        closeable.close();
      } catch (java.io.IOException e) {
        // already closed
      }
    }, nanos, TimeUnit.NANOSECONDS);
    return new Watchdog(task, fired);
  }

  /** Returns whether the time ran out. */
  boolean fired() {
    return fired.get();
  }

  /** Stops watching. */
  void cancel() {
    task.cancel(false);
  }
}
