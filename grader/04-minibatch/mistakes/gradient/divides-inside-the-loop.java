// Mistake: divides g by m inside the loop over rows, so earlier rows are divided again and again
// Look at: where the division by m happens relative to the loop over rows
// Exercise: gradient
/** Returns (1/m) Σ (w·x_i − y_i) x_i over the m rows of x ([m, d]) and targets y ([m]). */
double[] gradient(NdArray x, NdArray y, double[] w) {
    double[][] rows = x.toArray2d();
    double[] targets = y.toArray();
    double[] g = new double[w.length];
    for (int i = 0; i < rows.length; i++) {
        double error = -targets[i];
        for (int j = 0; j < w.length; j++) {
            error += w[j] * rows[i][j];
        }
        for (int j = 0; j < w.length; j++) {
            g[j] += error * rows[i][j];
            g[j] /= rows.length;
        }
    }
    return g;
}
