// Mistake: makes a new MiniBatches(data, batchSize, seed) every epoch, so every epoch repeats the same batches in the same order
// Look at: where your MiniBatches is made: does the second epoch get a new order?
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
    for (int epoch = 0; epoch < epochs; epoch++) {
        for (Batch batch : new MiniBatches(data, batchSize, seed)) {
            double[] g = gradient(batch.features(), batch.targets(), w);
            for (int j = 0; j < w.length; j++) {
                w[j] -= learningRate * g[j];
            }
            path.add(w.clone());
        }
    }
    return path;
}
