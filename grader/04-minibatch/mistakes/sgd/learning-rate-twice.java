// Mistake: scales the gradient by the learning rate and then multiplies by it again in the update, a step of η² g
// Look at: how many times the learning rate enters one step
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
            double[] g = gradient(batch.features(), batch.targets(), w);
            for (int j = 0; j < w.length; j++) {
                g[j] *= learningRate;
                w[j] -= learningRate * g[j];
            }
            path.add(w.clone());
        }
    }
    return path;
}
