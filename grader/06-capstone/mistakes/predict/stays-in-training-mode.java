// Mistake: never switches the model to evaluation mode, so dropout is still on while predicting
// Look at: the mode the model is in while predict computes the outputs
// Exercise: predict
/**
 * Returns the class the model predicts for each row of {@code features}: the index of the row's
 * largest output. Runs in evaluation mode without recording a graph, and leaves the model in the
 * mode it was in.
 */
int[] predict(Module model, NdArray features) {
    try (NoGrad scope = Tensor.noGrad()) {
        double[] best = model.forward(Tensor.of(features)).data().argmax(-1).toArray();
        int[] predicted = new int[best.length];
        for (int i = 0; i < best.length; i++) {
            predicted[i] = (int) best[i];
        }
        return predicted;
    }
}
