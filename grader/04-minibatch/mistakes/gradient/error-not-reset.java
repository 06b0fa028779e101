// Mistake: declares the error once before the loop over rows, so each row's error carries the previous rows' errors
// Look at: where each row's error is declared and set: does it start afresh for every row?
// Exercise: gradient
/** Returns (1/m) Σ (w·x_i − y_i) x_i over the m rows of x ([m, d]) and targets y ([m]). */
double[] gradient(NdArray x, NdArray y, double[] w) {
    double[][] rows = x.toArray2d();
    double[] targets = y.toArray();
    double[] g = new double[w.length];
    double error = 0;
    for (int i = 0; i < rows.length; i++) {
        error -= targets[i];
        for (int j = 0; j < w.length; j++) {
            error += w[j] * rows[i][j];
        }
        for (int j = 0; j < w.length; j++) {
            g[j] += error * rows[i][j];
        }
    }
    for (int j = 0; j < w.length; j++) {
        g[j] /= rows.length;
    }
    return g;
}
