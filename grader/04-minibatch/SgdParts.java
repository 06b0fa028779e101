import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.dlkit.data.Dataset;
import org.dlkit.train.Batch;

/**
 * Replays SGD as the lab's text prescribes with the student's own {@code MiniBatches}, for the
 * {@code sgd} tests alone: the last exercise, so naming {@code MiniBatches} here keeps no earlier
 * check from compiling.
 */
final class SgdParts {
  private SgdParts() {}

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
}
