package org.dlkit.data;

import java.util.List;
import java.util.Random;
import org.dlkit.nd.NdArray;

/**
 * Generates the classic two-dimensional toy classification sets (moons, circles, xor, spirals,
 * blobs) with the geometry scikit-learn and CS231n use. Reached through {@link Datasets}.
 */
final class SyntheticData {
  private SyntheticData() {}

  /** Two interleaving half circles, as sklearn's {@code make_moons}: class 0 on top, class 1 below. */
  static Dataset moons(int n, double noise, long seed) {
    Checks.atLeast("moons", "n", n, 2, "one example per moon");
    Checks.nonNegative("moons", "noise", noise);
    int outer = n / 2;
    int inner = n - outer;
    double[][] xy = new double[n][];
    int[] labels = new int[n];
    for (int i = 0; i < outer; i++) {
      double t = Math.PI * fraction(i, outer);
      xy[i] = new double[] {Math.cos(t), Math.sin(t)};
    }
    for (int i = 0; i < inner; i++) {
      double t = Math.PI * fraction(i, inner);
      xy[outer + i] = new double[] {1 - Math.cos(t), 0.5 - Math.sin(t)};
      labels[outer + i] = 1;
    }
    return shuffledWithNoise("moons", xy, labels, 2, noise, new Random(seed));
  }

  /** A circle of radius {@code factor} (class 1) inside the unit circle (class 0), like sklearn's make_circles. */
  static Dataset circles(int n, double noise, double factor, long seed) {
    Checks.atLeast("circles", "n", n, 2, "one example per circle");
    Checks.nonNegative("circles", "noise", noise);
    if (!(factor > 0 && factor < 1)) {
      throw new IllegalArgumentException("circles: factor is the inner circle's radius relative to the outer one,"
          + " so it must be in (0, 1), e.g. 0.5; got " + factor);
    }
    int outer = n / 2;
    int inner = n - outer;
    double[][] xy = new double[n][];
    int[] labels = new int[n];
    for (int i = 0; i < outer; i++) {
      double t = 2 * Math.PI * i / outer;
      xy[i] = new double[] {Math.cos(t), Math.sin(t)};
    }
    for (int i = 0; i < inner; i++) {
      double t = 2 * Math.PI * i / inner;
      xy[outer + i] = new double[] {factor * Math.cos(t), factor * Math.sin(t)};
      labels[outer + i] = 1;
    }
    return shuffledWithNoise("circles", xy, labels, 2, noise, new Random(seed));
  }

  /** The four corners of the unit square, labelled x1 XOR x2, repeated to n points. */
  static Dataset xor(int n, double noise, long seed) {
    Checks.atLeast("xor", "n", n, 4, "one example per corner of the square");
    Checks.nonNegative("xor", "noise", noise);
    double[][] corners = {{0, 0}, {0, 1}, {1, 1}, {1, 0}};
    double[][] xy = new double[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      double[] corner = corners[i % 4];
      xy[i] = corner.clone();
      labels[i] = (int) corner[0] ^ (int) corner[1];
    }
    return shuffledWithNoise("xor", xy, labels, 2, noise, new Random(seed));
  }

  /**
   * One spiral arm per class, as in CS231n: arm j has radius r from 0 to 1 and angle
   * {@code 2πj/classes + 4r}, plus Gaussian noise of standard deviation {@code noise} on the angle.
   */
  static Dataset spirals(int n, int classes, double noise, long seed) {
    Checks.atLeast("spirals", "classes", classes, 2, "a classification set needs two arms or more");
    Checks.atLeast("spirals", "n", n, classes, "one example per arm");
    Checks.nonNegative("spirals", "noise", noise);
    Random random = new Random(seed);
    double[][] xy = new double[n][];
    int[] labels = new int[n];
    int row = 0;
    for (int arm = 0; arm < classes; arm++) {
      int m = n / classes + (arm < n % classes ? 1 : 0);
      for (int i = 0; i < m; i++, row++) {
        double r = fraction(i, m);
        double t = 2 * Math.PI * arm / classes + 4 * r + noise * random.nextGaussian();
        xy[row] = new double[] {r * Math.sin(t), r * Math.cos(t)};
        labels[row] = arm;
      }
    }
    return shuffledWithNoise("spirals", xy, labels, classes, 0, random);
  }

  /** Gaussian blobs of standard deviation {@code std} around centers drawn uniformly from [-10, 10]². */
  static Dataset blobs(int n, int centers, double std, long seed) {
    Checks.atLeast("blobs", "centers", centers, 1, "each center is one class");
    Checks.atLeast("blobs", "n", n, centers, "one example per center");
    Checks.nonNegative("blobs", "std", std);
    Random random = new Random(seed);
    double[][] middle = new double[centers][];
    for (int c = 0; c < centers; c++) {
      middle[c] = new double[] {-10 + 20 * random.nextDouble(), -10 + 20 * random.nextDouble()};
    }
    double[][] xy = new double[n][];
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = i % centers;
      xy[i] = middle[labels[i]].clone();
    }
    return shuffledWithNoise("blobs", xy, labels, centers, std, random);
  }

  /** Returns i/(m-1), the i-th of m evenly spaced points of [0, 1] (0 when m is 1). */
  static double fraction(int i, int m) {
    return m == 1 ? 0 : (double) i / (m - 1);
  }

  /** Shuffles the examples, adds Gaussian noise of standard deviation {@code noise} to every coordinate. */
  static Dataset shuffledWithNoise(String name, double[][] xy, int[] labels, int classes, double noise,
      Random random) {
    int n = labels.length;
    int[] order = Checks.permutation(n, random);
    double[] x = new double[n * 2];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      x[2 * i] = xy[order[i]][0];
      x[2 * i + 1] = xy[order[i]][1];
      y[i] = labels[order[i]];
    }
    for (int i = 0; i < x.length; i++) {
      x[i] += noise * random.nextGaussian();
    }
    return Dataset.classification(name, NdArray.of(x, n, 2), y, List.of("x1", "x2"),
        Checks.numberedClasses(classes));
  }
}
