import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.dlkit.data.Dataset;
import org.dlkit.train.Batch;

/**
 * Replays what the lab's text prescribes with the student's own earlier exercises ({@code
 * shuffledOrder}, {@code gradient}, {@code MiniBatches}), so that a test of one exercise measures
 * that exercise alone: a wrong shuffle costs points in {@code shuffle}, not again in {@code noise},
 * {@code minibatches} and {@code sgd}, which call it.
 */
final class OwnParts {
  private OwnParts() {}

  /** Returns whether the student's shuffledOrder gives the same order for the same seed, so that a run can be replayed. */
  static boolean shuffleRepeats() {
    try {
      return Arrays.equals(Submission.shuffledOrder(12, new Random(3)), Submission.shuffledOrder(12, new Random(3)));
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** Returns the orders the student's shuffledOrder gives for epochs 0..epochs-1 from one {@code new Random(seed)}. */
  static int[][] epochOrders(int n, long seed, int epochs) {
    Random random = new Random(seed);
    int[][] orders = new int[epochs][];
    for (int e = 0; e < epochs; e++) {
      orders[e] = Submission.shuffledOrder(n, random);
    }
    return orders;
  }

  /** Returns whether {@code order} holds each of 0..n-1 exactly once. */
  static boolean isPermutation(int[] order, int n) {
    if (order == null || order.length != n) {
      return false;
    }
    boolean[] seen = new boolean[n];
    for (int i : order) {
      if (i < 0 || i >= n || seen[i]) {
        return false;
      }
      seen[i] = true;
    }
    return true;
  }

  /** Returns 0, 1, ..., n − 1. */
  static int[] identity(int n) {
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    return order;
  }

  /** The student's gradient of a dataset or batch at w. */
  static double[] ownGradient(Dataset batch, double[] w) {
    return Submission.gradient(batch.features(), batch.targets(), w);
  }

  /** The student's gradient of a batch at w, from the batch's own rows. */
  static double[] ownGradient(Batch batch, double[] w) {
    return Submission.gradient(batch.features(), batch.targets(), w);
  }

  /** The reference gradient of a batch at w, from the batch's own rows. */
  static double[] referenceGradient(Batch batch, double[] w) {
    return LineData.gradient(batch.features(), batch.targets(), w);
  }

  /** Returns the indices of one epoch of {@code batches}, batch after batch. */
  static int[] indicesOf(Iterable<Batch> batches) {
    List<Integer> all = new ArrayList<>();
    for (Batch batch : batches) {
      for (int i : batch.indices()) {
        all.add(i);
      }
    }
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Returns the path SGD takes as the text prescribes: one {@code MiniBatches(data, batchSize, seed)}
   * of the student's for the whole run ({@code oneForTheRun}) or, the classic mistake, a new one every
   * epoch, and steps w ← w − η g with {@code gradient}.
   */
  static List<double[]> sgdPath(Dataset data, double[] start, int batchSize, double learningRate, int epochs, long seed,
      boolean oneForTheRun, BiFunction<Batch, double[], double[]> gradient) {
    double[] w = start.clone();
    List<double[]> path = new ArrayList<>();
    path.add(w.clone());
    Submission.MiniBatches batches = new Submission.MiniBatches(data, batchSize, seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      Iterable<Batch> epochBatches = oneForTheRun ? batches : new Submission.MiniBatches(data, batchSize, seed);
      for (Batch batch : epochBatches) {
        double[] g = gradient.apply(batch, w);
        for (int j = 0; j < w.length; j++) {
          w[j] -= learningRate * g[j];
        }
        path.add(w.clone());
      }
    }
    return path;
  }

  /** Returns the number of batches in the first epoch of the student's {@code MiniBatches(data, batchSize, seed)}. */
  static int batchesPerEpoch(Dataset data, int batchSize, long seed) {
    int count = 0;
    for (Batch ignored : new Submission.MiniBatches(data, batchSize, seed)) {
      count++;
    }
    return count;
  }

  /** Returns whether two paths hold the same points, to within {@code tolerance}. */
  static boolean samePath(List<double[]> expected, List<double[]> actual, double tolerance) {
    if (actual == null || expected.size() != actual.size()) {
      return false;
    }
    for (int t = 0; t < expected.size(); t++) {
      double[] a = expected.get(t);
      double[] b = actual.get(t);
      if (b == null || a.length != b.length) {
        return false;
      }
      for (int j = 0; j < a.length; j++) {
        if (Math.abs(a[j] - b[j]) > tolerance * (1 + Math.abs(a[j]))) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Returns the noise estimate the text prescribes, with the student's shuffledOrder and gradient:
   * for each trial the first {@code batchSize} entries of shuffledOrder(n, random) make the batch,
   * and the squared distances Σ_j (g_B[j] − ∇L[j])² are averaged over the trials. {@code perTrial}
   * receives each trial's squared distance when not null.
   */
  static double noise(Dataset data, double[] w, int batchSize, int trials, long seed, double[] perTrial) {
    Random random = new Random(seed);
    double[] full = ownGradient(data, w);
    double total = 0;
    for (int trial = 0; trial < trials; trial++) {
      Dataset batch = data.subset(Arrays.copyOf(Submission.shuffledOrder(data.size(), random), batchSize));
      double[] g = ownGradient(batch, w);
      double squares = 0;
      for (int j = 0; j < w.length; j++) {
        squares += (g[j] - full[j]) * (g[j] - full[j]);
      }
      if (perTrial != null) {
        perTrial[trial] = squares;
      }
      total += squares;
    }
    return total / trials;
  }

  /** Returns whether {@code actual} is within a relative {@code tolerance} of {@code expected}. */
  static boolean close(double expected, double actual, double tolerance) {
    return Math.abs(actual - expected) <= tolerance * Math.max(Math.abs(expected), 1e-12);
  }
}
