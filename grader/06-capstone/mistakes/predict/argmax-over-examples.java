// Mistake: takes the argmax over axis 0, across the examples, instead of across the classes of each row
// Look at: the axis your argmax runs over: across the examples, or across the classes of a row?
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
        double[] best = model.forward(Tensor.of(features)).data().argmax(0).toArray();
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
