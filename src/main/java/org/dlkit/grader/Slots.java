package org.dlkit.grader;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The grading slots, one per submission graded at once, each with its own uid when the grader runs
 * as root, so that per-user limits (RLIMIT_NPROC) and file ownership are never shared between two
 * submissions running side by side.
 */
final class Slots {
  /** The first slot's uid; the uids above it, one per slot, must belong to nobody on the machine. */
  static final int FIRST_UID = Integer.getInteger("dlkit.sandbox.firstUid", 64100);

  private final BlockingQueue<Integer> free;

  private Slots(int count) {
    free = new ArrayBlockingQueue<>(count);
    for (int i = 0; i < count; i++) {
      free.add(i);
    }
  }

  /** Returns {@code count} slots (at least one). */
  static Slots of(int count) {
    return new Slots(Math.max(1, count));
  }

  /** Waits for a free slot and returns it; give it back with {@link #release}. */
  int take() {
    try {
      return free.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a grading slot", e);
    }
  }

  /** Gives {@code slot} back. */
  void release(int slot) {
    free.add(slot);
  }

  /** Returns the uid that slot {@code slot}'s JVM runs as when the grader is root. */
  static int uid(int slot) {
    return FIRST_UID + slot;
  }

  /** Returns whether this JVM runs as root, and so can give each slot its own uid. */
  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }
}
