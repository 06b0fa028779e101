// Mistake: returns the largest output itself (cast to int) instead of its index, the class
// Look at: what predict returns for a row: the class, or something else?
// Exercise: predict
/**
 * Returns the class the model predicts for each row of {@code features}: the index of the row's
 * largest output. Runs in evaluation mode without recording a graph, and leaves the model in the
 * mode it was in.
 */
int[] predict(Module model, NdArray features) {
    boolean wasTraining = model.isTraining();
    model.eval();
    try (NoGrad scope = Tensor.noGrad()) {
        double[] best = model.forward(Tensor.of(features)).data().max(-1).toArray();
        int[] predicted = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            predicted[i] = (int) best[i];
        }
        return predicted;
    } finally {
        if (wasTraining) {
            model.train();
        }
    }
}
