// Mistake: shuffles once before the loop, so every trial measures the same batch and nothing is averaged
// Look at: where the shuffling happens: does each trial draw a different batch?
// Exercise: noise
/**
 * Returns the mean over trials of ‖g_B − ∇L‖², the squared distance between the gradient of a random
 * batch of batchSize distinct examples and the full gradient, at weights w.
 */
double gradientNoise(Dataset data, double[] w, int batchSize, int trials, Random random) {
    double[] full = gradient(data.features(), data.targets(), w);
    int[] pick = Arrays.copyOf(shuffledOrder(data.size(), random), batchSize);
    Dataset batch = data.subset(pick);
    double total = 0;
    for (int trial = 0; trial < trials; trial++) {
        double[] g = gradient(batch.features(), batch.targets(), w);
        for (int j = 0; j < w.length; j++) {
            total += (g[j] - full[j]) * (g[j] - full[j]);
        }
    }
    return total / trials;
}
