// Mistake: a hand-written argmax that starts from a best value of 0, so a row whose outputs are all negative always gets class 0
// Look at: your argmax's starting value: what if every output of a row is negative?
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
        double[][] outputs = model.forward(Tensor.of(features)).data().toArray2d();
        int[] predicted = new int[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            double bestValue = 0;
            for (int k = 0; k < outputs[i].length; k++) {
                if (outputs[i][k] > bestValue) {
                    bestValue = outputs[i][k];
                    predicted[i] = k;
                }
            }
        }
        return predicted;
    } finally {
        if (wasTraining) {
            model.train();
        }
    }
}
