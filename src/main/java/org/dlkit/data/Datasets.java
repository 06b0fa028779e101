package org.dlkit.data;

/**
 * Makes every dataset the labs use: seeded synthetic sets (the same seed always gives the same arrays),
 * small real sets bundled with dlkit, and Fashion-MNIST from its Debian package.
 *
 * <pre>{@code
 * Dataset students = Datasets.passTheClass(100, 42);      // lecture 1: will I pass this class?
 * Split split = Datasets.moons(500, 0.2, 7).split(0.2, 7).standardized();
 * Dataset iris = Datasets.iris();
 * }</pre>
 *
 * <p>Two-dimensional synthetic sets have features named {@code x1, x2} and classes {@code "0", "1", ...}.
 */
public final class Datasets {
  private Datasets() {}

  /**
   * Returns the lecture's "will I pass this class?" students: features (lectures attended, hours spent on the
   * final project), each uniform in [0, 12], classes ["fail", "pass"], half of each. Labels follow the logistic
   * rule P(pass) = σ(2 · (lectures + hours − 6)), so the lecture's student at (4, 5) is a clear pass
   * (σ(6) ≈ 0.998) and only students near the line lectures + hours = 6 are sometimes mislabelled.
   */
  public static Dataset passTheClass(int n, long seed) {
    return LectureData.passTheClass(n, seed);
  }

  /**
   * Returns n points in [-1, 1]² on either side of a random line, at least 0.1 away from it, half in each
   * class: a perceptron is guaranteed to separate them.
   */
  public static Dataset linearlySeparable(int n, long seed) {
    return LectureData.linearlySeparable(n, seed);
  }

  /**
   * Returns n points of y = sin(2πx) + Gaussian noise of standard deviation {@code noise}, x evenly spaced on
   * [0, 1]: a regression set for overfitting demos (Bishop's polynomial example; try n = 10, noise = 0.3).
   */
  public static Dataset noisySine(int n, double noise, long seed) {
    return LectureData.noisySine(n, noise, seed);
  }

  /**
   * Returns the XOR problem: n points at the corners of the unit square plus Gaussian noise of standard
   * deviation {@code noise}, class x1 XOR x2. {@code xor(4, 0, seed)} is the truth table (shuffled).
   */
  public static Dataset xor(int n, double noise, long seed) {
    return SyntheticData.xor(n, noise, seed);
  }

  /** Returns two interleaving half circles with Gaussian noise, as scikit-learn's {@code make_moons}. */
  public static Dataset moons(int n, double noise, long seed) {
    return SyntheticData.moons(n, noise, seed);
  }

  /**
   * Returns a circle of radius {@code factor} (class 1) inside the unit circle (class 0) with Gaussian noise,
   * as scikit-learn's {@code make_circles}; factor must be in (0, 1).
   */
  public static Dataset circles(int n, double noise, double factor, long seed) {
    return SyntheticData.circles(n, noise, factor, seed);
  }

  /**
   * Returns interleaved spiral arms, one class per arm, as in Stanford's CS231n; {@code noise} is the standard
   * deviation of the angle in radians (CS231n uses 0.2).
   */
  public static Dataset spirals(int n, int classes, double noise, long seed) {
    return SyntheticData.spirals(n, classes, noise, seed);
  }

  /**
   * Returns Gaussian blobs of standard deviation {@code std} around {@code centers} random centers in
   * [-10, 10]², one class per center, as scikit-learn's {@code make_blobs}.
   */
  public static Dataset blobs(int n, int centers, double std, long seed) {
    return SyntheticData.blobs(n, centers, std, seed);
  }

  /** Returns Fisher's iris: 150 flowers × 4 measurements in cm, classes setosa, versicolor, virginica. */
  public static Dataset iris() {
    return BundledData.iris();
  }

  /**
   * Returns UCI's handwritten digits: 1797 images of 8×8 pixels (features {@code pixel_0_0 .. pixel_7_7},
   * values 0..16), classes "0".."9".
   */
  public static Dataset digits() {
    return BundledData.digits();
  }

  /**
   * Returns the Wisconsin diagnostic breast cancer set: 569 tumours × 30 features (mean, error and worst of ten
   * cell-nucleus measures), classes malignant, benign.
   */
  public static Dataset breastCancer() {
    return BundledData.breastCancer();
  }

  /**
   * Returns Fashion-MNIST's training set (60,000 images) or test set (10,000): 28×28 grey images flattened to
   * 784 features scaled to 0..1, ten classes (T-shirt/top ... Ankle boot). The full training set takes about
   * 400 MB as doubles; {@link #fashionMnist(boolean, int)} loads fewer.
   *
   * <p>Looks in the folder named by the system property {@code dlkit.fashion.dir}, then the environment
   * variable {@code DLKIT_FASHION_DIR}, then {@code /usr/share/datasets/fashion-mnist}, where
   * {@code sudo apt-get install dataset-fashion-mnist} puts it.
   *
   * @throws IllegalStateException if no folder holds the files; the message lists where it looked
   */
  public static Dataset fashionMnist(boolean train) {
    return FashionMnist.load(train, Integer.MAX_VALUE);
  }

  /**
   * Returns the first {@code limit} examples of Fashion-MNIST's training or test set; see
   * {@link #fashionMnist(boolean)}.
   */
  public static Dataset fashionMnist(boolean train, int limit) {
    return FashionMnist.load(train, limit);
  }

  /** Returns the probability that {@link #passTheClass} gives a student a pass: σ(2 · (lectures + hours − 6)). */
  public static double passProbability(double lectures, double hours) {
    return LectureData.passProbability(lectures, hours);
  }
}
