package org.dlkit.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times several contenders on one workload in turns: each is warmed up and calibrated to a batch of
 * steps lasting about {@code batchSeconds}, then every round runs one timed batch of each in the same
 * order (A B C A B C ...), so a machine that speeds up or slows down during the run affects all alike.
 * Before each timed batch the harness pauses for {@code settleSeconds}: BLAS and OpenMP worker threads
 * spin for a while after their last task (OpenBLAS up to about 0.1 s), and would otherwise steal a core
 * from the contender timed next.
 *
 * @param warmupSeconds untimed running per contender before the first round, so JITs have compiled
 * @param batchSeconds the length a timed batch is calibrated to
 * @param rounds how many timed batches each contender runs
 * @param settleSeconds the pause before each timed batch
 */
record Interleaved(double warmupSeconds, double batchSeconds, int rounds, double settleSeconds) {
  private static final int MAX_STEPS = 1 << 24;

  /** One contender in one precision. */
  record Entry(Contender contender, Precision precision) {}

  /** Returns the timing of a full run: 2 s of warm-up, batches of about 0.2 s, 9 rounds, 0.3 s pauses. */
  static Interleaved full() {
    return new Interleaved(2.0, 0.2, 9, 0.3);
  }

  /** Returns a tiny timing for smoke tests, whose figures mean nothing. */
  static Interleaved quick() {
    return new Interleaved(0.05, 0.01, 3, 0);
  }

  /** Returns each entry's seconds per step, one sample per round. */
  Map<Entry, double[]> steps(Workload workload, List<Entry> entries) {
    Map<Entry, Integer> counts = new LinkedHashMap<>();
    for (Entry entry : entries) {
      counts.put(entry, calibrate(workload, entry));
    }
    Map<Entry, double[]> samples = new LinkedHashMap<>();
    entries.forEach(e -> samples.put(e, new double[rounds]));
    for (int round = 0; round < rounds; round++) {
      for (Entry entry : entries) {
        int count = counts.get(entry);
        settle();
        samples.get(entry)[round] = entry.contender().steps(workload, entry.precision(), count) / count;
      }
    }
    return samples;
  }

  /** Returns each entry's seconds per epoch, {@code epochs} samples each, the entries taking turns. */
  Map<Entry, double[]> epochs(Workload workload, List<Entry> entries, int epochs) {
    Map<Entry, double[]> samples = new LinkedHashMap<>();
    entries.forEach(e -> samples.put(e, new double[epochs]));
    for (int round = 0; round < epochs; round++) {
      for (Entry entry : entries) {
        settle();
        samples.get(entry)[round] = entry.contender().epoch(workload, entry.precision());
      }
    }
    return samples;
  }

  /** Warms an entry up and returns the step count whose batch lasts at least {@code batchSeconds}. */
  private int calibrate(Workload workload, Entry entry) {
    int count = 1;
    long began = System.nanoTime();
    while (true) {
      double seconds = entry.contender().steps(workload, entry.precision(), count);
      boolean longEnough = seconds >= batchSeconds || count >= MAX_STEPS;
      if (longEnough && (System.nanoTime() - began) / 1e9 >= warmupSeconds) {
        return count;
      }
      if (!longEnough) {
        count *= 2;
      }
    }
  }

  private void settle() {
    try {
      Thread.sleep((long) (settleSeconds * 1000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("benchmark interrupted", e);
    }
  }
}
