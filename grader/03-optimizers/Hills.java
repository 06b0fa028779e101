/** The lab's landscape with four minima, for the prediction tests: the same function and gradient as the notebook's. */
final class Hills {
  private Hills() {}

  static double loss(double[] w) {
    double w1 = w[0], w2 = w[1];
    return -Math.exp(-(w1 + 1) * (w1 + 1) / 0.72) - 0.7 * Math.exp(-(w1 - 1) * (w1 - 1) / 0.125) + 0.05 * w1 * w1
        + 0.25 * (w2 * w2 - 1) * (w2 * w2 - 1) + 0.1 * w2;
  }

  static double[] gradient(double[] w) {
    double w1 = w[0], w2 = w[1];
    double wide = Math.exp(-(w1 + 1) * (w1 + 1) / 0.72) * 2 * (w1 + 1) / 0.72;
    double sharp = 0.7 * Math.exp(-(w1 - 1) * (w1 - 1) / 0.125) * 2 * (w1 - 1) / 0.125;
    return new double[] {wide + sharp + 0.1 * w1, w2 * (w2 * w2 - 1) + 0.1};
  }

  /** Returns where gradient descent from start with the learning rate ends after the steps. */
  static double[] descend(double[] start, double learningRate, int steps) {
    double[] w = start.clone();
    for (int t = 0; t < steps; t++) {
      double[] g = gradient(w);
      w[0] -= learningRate * g[0];
      w[1] -= learningRate * g[1];
    }
    return w;
  }

  /** The four minima, found from each corner with small steps. */
  static double[][] minima() {
    double[][] corners = {{-1, 1}, {-1, -1}, {1, 1}, {1, -1}};
    double[][] minima = new double[4][];
    for (int i = 0; i < 4; i++) {
      minima[i] = descend(corners[i], 0.05, 2000);
    }
    return minima;
  }

  /** Returns the index of the minimum nearest to w, or -1 when w is farther than 0.25 from every one. */
  static int settledIn(double[] w, double[][] minima) {
    for (int i = 0; i < minima.length; i++) {
      if (Math.hypot(w[0] - minima[i][0], w[1] - minima[i][1]) < 0.25) {
        return i;
      }
    }
    return -1;
  }
}
