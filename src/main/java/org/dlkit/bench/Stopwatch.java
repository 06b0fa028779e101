package org.dlkit.bench;

import java.util.Arrays;

/**
 * Times a piece of work the way every dlkit benchmark does: untimed warm-up first (so the JIT has
 * compiled the hot loops), a batch of calls sized to last about 100 ms, then the median of 11 timed
 * batches. A quick stopwatch shrinks all of it, for smoke tests whose figures mean nothing.
 */
final class Stopwatch {
  private final long warmupNanos;
  private final long batchNanos;
  private final int rounds;

  private Stopwatch(long warmupNanos, long batchNanos, int rounds) {
    this.warmupNanos = warmupNanos;
    this.batchNanos = batchNanos;
    this.rounds = rounds;
  }

  /** Returns a stopwatch with 2 s of warm-up and 11 batches of about 100 ms, or a tiny one when quick. */
  static Stopwatch of(boolean quick) {
    return quick ? new Stopwatch(50_000_000L, 2_000_000L, 3) : new Stopwatch(2_000_000_000L, 100_000_000L, 11);
  }

  /** Returns the median seconds of one call of {@code work}. */
  double median(Runnable work) {
    int calls = 1;
    for (long start = System.nanoTime(); System.nanoTime() - start < warmupNanos; ) {
      long t0 = System.nanoTime();
      repeat(work, calls);
      if (System.nanoTime() - t0 < batchNanos && calls < (1 << 24)) {
        calls *= 2;
      }
    }
    double[] seconds = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      repeat(work, calls);
      seconds[r] = (System.nanoTime() - t0) / 1e9 / calls;
    }
    Arrays.sort(seconds);
    return seconds[rounds / 2];
  }

  private static void repeat(Runnable work, int calls) {
    for (int i = 0; i < calls; i++) {
      work.run();
    }
  }
}
