package org.dlkit.data;

import java.util.List;
import java.util.Random;
import org.dlkit.nd.NdArray;

/**
 * Generates the small sets the lectures draw on the board: "will I pass this class?", a linearly
 * separable cloud for the perceptron, and a noisy sine for overfitting. Reached through {@link Datasets}.
 */
final class LectureData {
  /** Each feature of "pass the class" is drawn uniformly from [0, MAX_FEATURE]. */
  static final double MAX_FEATURE = 12;
  /** Students whose lectures + hours exceed this are more likely to pass than fail. */
  static final double PASS_THRESHOLD = 6;
  /** How sharply the pass probability rises across the threshold. */
  static final double STEEPNESS = 2;
  /** Half the gap that separates the two classes of {@code linearlySeparable}. */
  static final double MARGIN = 0.1;

  private LectureData() {}

  /**
   * Returns the probability that a student passes:
   * {@code σ(STEEPNESS · (lectures + hours − PASS_THRESHOLD))} = σ(2 · (lectures + hours − 6)).
   * The lecture's student at (4, 5) gets σ(6) ≈ 0.998.
   */
  static double passProbability(double lectures, double hours) {
    return NdArray.sigmoid(STEEPNESS * (lectures + hours - PASS_THRESHOLD));
  }

  /** Students with uniform (lectures, hours) in [0, 12]², labelled by the logistic rule above; half pass. */
  static Dataset passTheClass(int n, long seed) {
    Checks.atLeast("passTheClass", "n", n, 2, "one student who fails and one who passes");
    Random random = new Random(seed);
    int[] quota = {n / 2, n - n / 2};
    double[] x = new double[2 * n];
    int[] labels = new int[n];
    for (int i = 0; i < n; ) {
      double lectures = MAX_FEATURE * random.nextDouble();
      double hours = MAX_FEATURE * random.nextDouble();
      int label = random.nextDouble() < passProbability(lectures, hours) ? 1 : 0;
      if (quota[label] > 0) {
        quota[label]--;
        x[2 * i] = lectures;
        x[2 * i + 1] = hours;
        labels[i++] = label;
      }
    }
    return Dataset.classification("pass the class", NdArray.of(x, n, 2), labels,
        List.of("lectures attended", "hours on final project"), List.of("fail", "pass"));
  }

  /**
   * Points uniform in [-1, 1]² on either side of a random line w·x + b = 0 (|b| ≤ 0.5), none closer
   * to it than {@link #MARGIN}, so a perceptron is guaranteed to converge; half in each class.
   */
  static Dataset linearlySeparable(int n, long seed) {
    Checks.atLeast("linearlySeparable", "n", n, 2, "one example per side of the line");
    Random random = new Random(seed);
    double angle = 2 * Math.PI * random.nextDouble();
    double w1 = Math.cos(angle);
    double w2 = Math.sin(angle);
    double b = random.nextDouble() - 0.5;
    int[] quota = {n / 2, n - n / 2};
    double[] x = new double[2 * n];
    int[] labels = new int[n];
    for (int i = 0; i < n; ) {
      double x1 = 2 * random.nextDouble() - 1;
      double x2 = 2 * random.nextDouble() - 1;
      double z = w1 * x1 + w2 * x2 + b;
      int label = z > 0 ? 1 : 0;
      if (Math.abs(z) >= MARGIN && quota[label] > 0) {
        quota[label]--;
        x[2 * i] = x1;
        x[2 * i + 1] = x2;
        labels[i++] = label;
      }
    }
    return Dataset.classification("linearly separable", NdArray.of(x, n, 2), labels, List.of("x1", "x2"),
        Checks.numberedClasses(2));
  }

  /** Returns n points of y = sin(2πx) + Gaussian noise, x evenly spaced on [0, 1] (Bishop, PRML §1.1). */
  static Dataset noisySine(int n, double noise, long seed) {
    Checks.atLeast("noisySine", "n", n, 2, "a curve needs two points");
    Checks.nonNegative("noisySine", "noise", noise);
    Random random = new Random(seed);
    double[] x = new double[n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = SyntheticData.fraction(i, n);
      y[i] = Math.sin(2 * Math.PI * x[i]) + noise * random.nextGaussian();
    }
    return Dataset.regression("noisy sine", NdArray.of(x, n, 1), NdArray.of(y), List.of("x"));
  }
}
