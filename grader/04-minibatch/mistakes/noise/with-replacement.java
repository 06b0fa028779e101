// Mistake: draws each batch with replacement (random.nextInt), so a batch can hold an example twice and even the full batch is noisy
// Look at: how each batch is drawn: can one example appear twice in a batch?
// Exercise: noise
/**
 * Returns the mean over trials of ‖g_B − ∇L‖², the squared distance between the gradient of a random
 * batch of batchSize distinct examples and the full gradient, at weights w.
 */
double gradientNoise(Dataset data, double[] w, int batchSize, int trials, Random random) {
    double[] full = gradient(data.features(), data.targets(), w);
    double total = 0;
    for (int trial = 0; trial < trials; trial++) {
        int[] pick = new int[batchSize];
        for (int k = 0; k < batchSize; k++) {
            pick[k] = random.nextInt(data.size());
        }
        Dataset batch = data.subset(pick);
        double[] g = gradient(batch.features(), batch.targets(), w);
        for (int j = 0; j < w.length; j++) {
            total += (g[j] - full[j]) * (g[j] - full[j]);
        }
    }
    return total / trials;
}
