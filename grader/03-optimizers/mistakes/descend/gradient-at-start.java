// Mistake: every step uses the gradient at the start point instead of at the current w
// Look at: the point at which each step evaluates the gradient
// Exercise: descend
/**
 * Runs gradient descent w ← w − η ∇L(w) from start and returns the path: steps + 1 points, the
 * start first. Leaves start unchanged.
 */
double[][] descend(UnaryOperator<double[]> gradient, double[] start, double learningRate, int steps) {
    double[] w = start.clone();
    double[][] path = new double[steps + 1][];
    path[0] = w.clone();
    for (int t = 1; t <= steps; t++) {
        double[] g = gradient.apply(start);
        for (int i = 0; i < w.length; i++) {
            w[i] -= learningRate * g[i];
        }
        path[t] = w.clone();
    }
    return path;
}
