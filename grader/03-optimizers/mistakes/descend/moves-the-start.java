// Mistake: w is the caller's start array itself, so descend changes the start it was given
// Look at: what happens to the caller's start array while descend runs
// Exercise: descend
/**
 * Runs gradient descent w ← w − η ∇L(w) from start and returns the path: steps + 1 points, the
 * start first. Leaves start unchanged.
 */
double[][] descend(UnaryOperator<double[]> gradient, double[] start, double learningRate, int steps) {
    double[] w = start;
    double[][] path = new double[steps + 1][];
    path[0] = w.clone();
    for (int t = 1; t <= steps; t++) {
        double[] g = gradient.apply(w);
        for (int i = 0; i < w.length; i++) {
            w[i] -= learningRate * g[i];
        }
        path[t] = w.clone();
    }
    return path;
}
