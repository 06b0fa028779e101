package org.dlkit.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Module;

/** Small datasets and models for the plot tests, built only from APIs the plot package relies on. */
final class Fixtures {
  private Fixtures() {}

  /** Returns two interleaving half circles with noise, classes "upper" and "lower". */
  static Dataset moons(int n, long seed) {
    Random random = new Random(seed);
    double[][] x = new double[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int c = i % 2;
      double t = Math.PI * random.nextDouble();
      double px = c == 0 ? Math.cos(t) : 1 - Math.cos(t);
      double py = c == 0 ? Math.sin(t) : 0.5 - Math.sin(t);
      x[i] = new double[] {px + 0.12 * random.nextGaussian(), py + 0.12 * random.nextGaussian()};
      labels[i] = c;
    }
    return Dataset.classification("moons", NdArray.of(x), labels, List.of("x1", "x2"), List.of("upper", "lower"));
  }

  /** Returns three Gaussian blobs around (-2, 0), (2, 0) and (0, 3). */
  static Dataset blobs(int n, long seed) {
    Random random = new Random(seed);
    double[][] centres = {{-2, 0}, {2, 0}, {0, 3}};
    double[][] x = new double[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      int c = i % 3;
      x[i] = new double[] {centres[c][0] + 0.8 * random.nextGaussian(), centres[c][1] + 0.8 * random.nextGaussian()};
      labels[i] = c;
    }
    return Dataset.classification("blobs", NdArray.of(x), labels, List.of("x1", "x2"), List.of("a", "b", "c"));
  }

  /** Returns {@code n} fake 8×8 "digits": class k is a bright bar in row 1 + k, plus noise. */
  static Dataset digits(int n, long seed) {
    Random random = new Random(seed);
    double[][] x = new double[n][64];
    int[] labels = new int[n];
    List<String> names = new ArrayList<>();
    for (int k = 0; k < 6; k++) {
      names.add("bar " + k);
    }
    for (int i = 0; i < n; i++) {
      labels[i] = i % 6;
      for (int p = 0; p < 64; p++) {
        int row = p / 8;
        int col = p % 8;
        double ink = row == 1 + labels[i] || (col == 1 + labels[i] && row > 2) ? 16 : 0;
        x[i][p] = Math.max(0, Math.min(16, ink + 2 * random.nextGaussian()));
      }
    }
    return Dataset.classification("bars8x8", NdArray.of(x), labels, Dataset.defaultFeatureNames(64), names);
  }

  /**
   * A fixed logistic neuron sigmoid(w·x + b) that remembers the mode it last ran in and whether
   * its output recorded a graph.
   */
  static final class FixedNeuron extends Module {
    final Tensor w;
    final double b;
    final boolean logits;
    Boolean lastTraining;
    Boolean lastRecordedGraph;

    FixedNeuron(double w1, double w2, double b, boolean logits) {
      this.w = Tensor.param(NdArray.of(new double[][] {{w1}, {w2}}));
      this.b = b;
      this.logits = logits;
    }

    @Override
    public Tensor forward(Tensor input) {
      lastTraining = isTraining();
      Tensor z = input.matmul(w).add(b);
      Tensor out = logits ? z : z.sigmoid();
      lastRecordedGraph = out.requiresGrad();
      return out;
    }
  }
}
