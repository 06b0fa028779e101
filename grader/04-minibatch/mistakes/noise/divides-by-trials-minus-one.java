// Mistake: divides by trials − 1, as for a sample variance, but the estimate asked for is the mean over the trials
// Look at: what you divide the total by: the text asks for a mean over the trials
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
    return total / (trials - 1);
}
