import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dlkit.data.Dataset;
import org.dlkit.train.Batch;

/**
 * Replays what the lab's text prescribes with the student's own earlier exercises ({@code
 * shuffledOrder}, {@code gradient}), so that a test of one exercise measures that exercise alone:
 * a wrong shuffle costs points in {@code shuffle}, not again in {@code noise} and
 * {@code minibatches}, which call it. It names no later exercise, so that {@code check} of an early
 * one compiles before the later cells exist (what only {@code sgd} needs is kept apart).
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
