package org.dlkit.dl4j;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Trains one DL4J network on its prepared batches, cycling through them in order: a step is
 * {@code fit} on the next batch, then {@code score()}, the loss of that batch as a double. Keeps its
 * place in the cycle between calls. Not thread-safe.
 */
public final class Dl4jWorkload {
  private final String name;
  private final Precision precision;
  private final String data;
  private final MultiLayerNetwork network;
  private final List<DataSet> batches;
  private int next;

  private Dl4jWorkload(String name, Precision precision, String data, MultiLayerNetwork network,
      List<DataSet> batches) {
    if (batches.isEmpty()) {
      throw new IllegalArgumentException(name + " " + precision.protocolName() + ": needs at least one batch");
    }
    this.name = name;
    this.precision = precision;
    this.data = data;
    this.network = network;
    this.batches = List.copyOf(batches);
  }

  /** Returns a workload that trains an initialized {@code network} on {@code batches}, first batch first. */
  public static Dl4jWorkload of(String name, Precision precision, String data, MultiLayerNetwork network,
      List<DataSet> batches) {
    return new Dl4jWorkload(name, precision, data, network, batches);
  }

  /** The time a run of steps took and the loss after its last step. */
  public record Timing(double seconds, double loss) {}

  /**
   * Runs {@code count} steps from where the previous run stopped and returns their wall time
   * ({@link System#nanoTime}) and the last loss.
   */
  public Timing run(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("run: count must be at least 1, got " + count);
    }
    Nd4j.setDefaultDataTypes(precision.dataType(), precision.dataType());
    double loss = Double.NaN;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      network.fit(batches.get(next));
      next = (next + 1) % batches.size();
      loss = network.score();
    }
    return new Timing((System.nanoTime() - start) / 1e9, loss);
  }

  /** Runs one step per batch, a whole epoch, from where the previous run stopped. */
  public Timing runEpoch() {
    return run(batches.size());
  }

  /** Returns the workload's name, e.g. "W1". */
  public String name() {
    return name;
  }

  /** Returns the precision of the network and its batches. */
  public Precision precision() {
    return precision;
  }

  /** Returns where the examples come from, e.g. "moons" or "Fashion-MNIST". */
  public String data() {
    return data;
  }

  /** Returns the number of trainable parameters. */
  public long parameters() {
    return network.numParams();
  }

  /** Returns the number of prepared batches. */
  public int batchCount() {
    return batches.size();
  }

  /** Returns the number of examples in all batches together. */
  public int examples() {
    return batches.stream().mapToInt(DataSet::numExamples).sum();
  }

  @Override
  public String toString() {
    return String.format("%s %s on %s: %,d parameters, %d batches of %,d examples", name, precision.protocolName(),
        data, parameters(), batchCount(), examples());
  }
}
