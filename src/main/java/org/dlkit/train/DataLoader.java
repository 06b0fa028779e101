package org.dlkit.train;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;

/**
 * Cuts a dataset into mini-batches of a fixed size, one pass per epoch. With {@link #shuffled},
 * every epoch visits the examples in a new order drawn from the seed, so runs repeat exactly.
 * Each call of {@link #iterator()} is the next epoch; {@link #batches(int)} gives any epoch directly.
 *
 * <pre>{@code
 * DataLoader loader = DataLoader.of(train, 32).shuffled(42);
 * for (Batch batch : loader) { ... }    // epoch 0; the next for-loop is epoch 1
 * }</pre>
 */
public final class DataLoader implements Iterable<Batch> {
  private final Dataset data;
  private final int batchSize;
  private final Long seed;
  private final boolean dropLast;
  private final double[] features;
  private final double[] targets;
  private int nextEpoch;

  private DataLoader(Dataset data, int batchSize, Long seed, boolean dropLast) {
    this(data, batchSize, seed, dropLast, data.features().toArray(), data.targets().toArray());
  }

  /** Shares the flat copies of features and targets, so shuffled() and droppingLast() copy nothing. */
  private DataLoader(Dataset data, int batchSize, Long seed, boolean dropLast, double[] features, double[] targets) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("DataLoader: batch size must be at least 1, got " + batchSize);
    }
    if (dropLast && batchSize > data.size()) {
      throw new IllegalArgumentException(String.format("DataLoader: batch size %d with dropLast leaves no batch from"
          + " %d examples; use a smaller batch or keep the last partial batch", batchSize, data.size()));
    }
    this.data = data;
    this.batchSize = batchSize;
    this.seed = seed;
    this.dropLast = dropLast;
    this.features = features;
    this.targets = targets;
  }

  /** Returns a loader that visits the examples in their stored order, keeping a last partial batch. */
  public static DataLoader of(Dataset data, int batchSize) {
    return new DataLoader(data, batchSize, null, false);
  }

  /** Returns a loader like this one that shuffles every epoch, reproducibly from {@code seed}. */
  public DataLoader shuffled(long seed) {
    return new DataLoader(data, batchSize, seed, dropLast, features, targets);
  }

  /** Returns a loader like this one that skips the last batch when it would be smaller than the others. */
  public DataLoader droppingLast() {
    return new DataLoader(data, batchSize, seed, true, features, targets);
  }

  /** Returns the dataset. */
  public Dataset dataset() {
    return data;
  }

  /** Returns the batch size. */
  public int batchSize() {
    return batchSize;
  }

  /** Returns the number of batches in one epoch. */
  public int batchesPerEpoch() {
    int n = data.size();
    return dropLast ? n / batchSize : (n + batchSize - 1) / batchSize;
  }

  /** Returns the batches of the next epoch (0, 1, 2, ... on successive calls). */
  @Override
  public Iterator<Batch> iterator() {
    return batches(nextEpoch++).iterator();
  }

  /**
   * Returns the batches of one epoch; the same epoch always gives the same batches. The list is a
   * view that assembles a batch each time one is read, so an epoch never holds all its copies at once.
   */
  public List<Batch> batches(int epoch) {
    int[] order = order(data.size(), epoch);
    int count = batchesPerEpoch();
    return new AbstractList<>() {
      @Override
      public Batch get(int index) {
        Objects.checkIndex(index, count);
        return batch(order, index * batchSize);
      }

      @Override
      public int size() {
        return count;
      }
    };
  }

  /** Copies the examples {@code order[start..]} (at most one batch of them) into a batch. */
  private Batch batch(int[] order, int start) {
    int d = data.featureCount();
    int size = Math.min(batchSize, order.length - start);
    int[] indices = new int[size];
    double[] x = new double[size * d];
    double[] y = new double[size];
    for (int i = 0; i < size; i++) {
      int example = order[start + i];
      indices[i] = example;
      System.arraycopy(features, example * d, x, i * d, d);
      y[i] = targets[example];
    }
    return new Batch(NdArray.of(x, size, d), NdArray.of(y), indices);
  }

  /** Returns 0..n-1, shuffled by Fisher–Yates with a random source fixed by the seed and the epoch. */
  private int[] order(int n, int epoch) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    if (seed != null) {
      Random random = new Random(seed * 1_000_003L + epoch);
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
    }
    return order;
  }

  @Override
  public String toString() {
    return String.format("DataLoader(%s, batch %d, %s%s)", data.name(), batchSize,
        seed == null ? "in order" : "shuffled with seed " + seed, dropLast ? ", dropping the last partial batch" : "");
  }
}
