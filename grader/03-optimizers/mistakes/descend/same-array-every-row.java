// Mistake: the path stores w itself at every step, not a copy, so every row shows the last point
// Look at: how each row of the path is stored: does a later step change an earlier row?
// Exercise: descend
/**
 * Runs gradient descent w ← w − η ∇L(w) from start and returns the path: steps + 1 points, the
 * start first. Leaves start unchanged.
 */
double[][] descend(UnaryOperator<double[]> gradient, double[] start, double learningRate, int steps) {
    double[] w = start.clone();
    double[][] path = new double[steps + 1][];
    path[0] = w;
    for (int t = 1; t <= steps; t++) {
        double[] g = gradient.apply(w);
        for (int i = 0; i < w.length; i++) {
            w[i] -= learningRate * g[i];
        }
        path[t] = w;
    }
    return path;
}
