// Mistake: squares the sum of the differences, (Σ_j (g_j − ∇L_j))², instead of summing their squares
// Look at: the order of summing and squaring in your distance
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
        double difference = 0;
        for (int j = 0; j < w.length; j++) {
            difference += g[j] - full[j];
        }
        total += difference * difference;
    }
    return total / trials;
}
