// Mistake: the intercept's gradient is also multiplied by x[i]
// Look at: the intercept's gradient: what does the prediction change with when only the intercept changes?
// Exercise: gradient-descent
/** Returns (∂J/∂w0, ∂J/∂w1) for J(w0, w1) = mean over i of (w0 + w1 x[i] - y[i])². */
double[] lineGradient(double w0, double w1, double[] x, double[] y) {
    double d0 = 0;
    double d1 = 0;
    for (int i = 0; i < x.length; i++) {
        double r = w0 + w1 * x[i] - y[i];
        d0 += 2 * r * x[i];
        d1 += 2 * r * x[i];
    }
    return new double[] {d0 / x.length, d1 / x.length};
}

/**
 * Runs {@code steps} steps of gradient descent W ← W - η ∇J(W) from {@code start}, where
 * {@code gradient} returns ∇J at a point. Returns every point visited, the start first, so
 * steps + 1 rows. Leaves {@code start} unchanged.
 */
double[][] gradientDescent(double[] start, double learningRate, int steps, UnaryOperator<double[]> gradient) {
    double[][] path = new double[steps + 1][];
    path[0] = start.clone();
    for (int t = 0; t < steps; t++) {
        double[] g = gradient.apply(path[t]);
        path[t + 1] = new double[start.length];
        for (int j = 0; j < start.length; j++) {
            path[t + 1][j] = path[t][j] - learningRate * g[j];
        }
    }
    return path;
}
