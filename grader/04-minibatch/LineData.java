import java.util.List;
import java.util.Random;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;

/** Small linear-regression datasets for the lab 4 tests, and the reference gradient. */
final class LineData {
  private LineData() {}

  /** Returns n examples with d Gaussian features and targets x·(1, -2, 3, ...) plus noise, from seed. */
  static Dataset of(int n, int d, long seed) {
    Random random = new Random(seed);
    double[][] x = new double[n][d];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        x[i][j] = random.nextGaussian();
        y[i] += (j % 2 == 0 ? 1 : -1) * (j + 1) * x[i][j];
      }
      y[i] += 0.5 * random.nextGaussian();
    }
    return Dataset.regression("test line", NdArray.of(x), NdArray.of(y), Dataset.defaultFeatureNames(d));
  }

  /** Returns n examples whose one feature and target are their own index i, to trace which rows a batch holds. */
  static Dataset numbered(int n) {
    double[][] x = new double[n][1];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i][0] = i;
      y[i] = i;
    }
    return Dataset.regression("numbered", NdArray.of(x), NdArray.of(y), List.of("index"));
  }

  /** Returns (1/m) Σ (w·x_i − y_i) x_i over all rows of data. */
  static double[] gradient(Dataset data, double[] w) {
    return gradient(data.features(), data.targets(), w);
  }

  /** Returns (1/m) Σ (w·x_i − y_i) x_i over the m rows of features ([m, d]) and targets ([m]). */
  static double[] gradient(NdArray features, NdArray targets, double[] w) {
    double[][] x = features.toArray2d();
    double[] y = targets.toArray();
    double[] g = new double[w.length];
    for (int i = 0; i < x.length; i++) {
      double error = -y[i];
      for (int j = 0; j < w.length; j++) {
        error += w[j] * x[i][j];
      }
      for (int j = 0; j < w.length; j++) {
        g[j] += error * x[i][j] / x.length;
      }
    }
    return g;
  }
}
