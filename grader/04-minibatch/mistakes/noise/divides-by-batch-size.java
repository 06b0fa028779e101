// Mistake: divides the total by the batch size instead of by the number of trials
// Look at: what you divide the total by: the number of what?
// Exercise: noise
/**
 * Returns the mean over trials of ‖g_B − ∇L‖², the squared distance between the gradient of a random
 * batch of batchSize distinct examples and the full gradient, at weights w.
 */
double gradientNoise(Dataset data, double[] w, int batchSize, int trials, Random random) {
    double[] full = gradient(data.features(), data.targets(), w);
    double total = 0;
    for (int trial = 0; trial < trials; trial++) {
        int[] pick = Arrays.copyOf(shuffledOrder(data.size(), random), batchSize);
        Dataset batch = data.subset(pick);
        double[] g = gradient(batch.features(), batch.targets(), w);
        for (int j = 0; j < w.length; j++) {
            total += (g[j] - full[j]) * (g[j] - full[j]);
        }
    }
    return total / batchSize;
}
