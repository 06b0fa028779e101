// Mistake: updates w[j] inside the loop that computes the gradient, so later coordinates see a half-updated w
// Look at: when w changes: is the whole gradient computed before any weight moves?
// Exercise: sgd
/**
 * Runs mini-batch SGD on the mean squared error from start, for the given number of epochs over
 * batches from one MiniBatches(data, batchSize, seed), and returns the weights after every step, the
 * start first. Leaves start unchanged.
 */
List<double[]> sgd(Dataset data, double[] start, int batchSize, double learningRate, int epochs, long seed) {
    double[] w = start.clone();
    List<double[]> path = new ArrayList<>();
    path.add(w.clone());
    MiniBatches batches = new MiniBatches(data, batchSize, seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
        for (Batch batch : batches) {
            for (int j = 0; j < w.length; j++) {
                w[j] -= learningRate * gradient(batch.features(), batch.targets(), w)[j];
            }
            path.add(w.clone());
        }
    }
    return path;
}
