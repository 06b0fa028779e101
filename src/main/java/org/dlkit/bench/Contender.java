package org.dlkit.bench;

import java.util.Optional;

/**
 * A system that runs the benchmark workloads: dlkit in this JVM, or a peer process (PyTorch,
 * Deeplearning4j) that speaks the line protocol of {@link PeerProcess}. Calls come from one thread,
 * one at a time, so contenders never run at once.
 */
public interface Contender extends AutoCloseable {
  /** Returns the short name used in the report: {@code dlkit}, {@code PyTorch} or {@code DL4J}. */
  String name();

  /** Returns the name and version, e.g. {@code PyTorch 1.13.0}, or just the name when unknown. */
  String version();

  /** Returns why this contender cannot train, or empty when it can. */
  Optional<String> unavailable();

  /** Returns true when the contender trains in {@code precision}. */
  boolean supports(Precision precision);

  /**
   * Builds the workload's model and data in {@code precision}; {@code examples} and {@code hidden}
   * size W3 and W4. Returns where the data came from (e.g. {@code Fashion-MNIST}).
   */
  String prepare(Workload workload, Precision precision, int examples, int hidden);

  /** Runs {@code count} training steps of a prepared workload and returns their wall seconds. */
  double steps(Workload workload, Precision precision, int count);

  /** Trains one epoch over all the prepared examples of W3 or W4 and returns its wall seconds. */
  double epoch(Workload workload, Precision precision);

  /** Releases the contender (ends a peer process). */
  @Override
  void close();
}
