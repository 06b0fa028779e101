// Mistake: anneals from η to 0 instead of to η_min (the minimum only appears after E)
// Look at: the rate your schedule ends at: which value does the text give for the last epoch?
// Exercise: cosine
/**
 * Returns cosine annealing from learningRate at epoch 0 down to minLearningRate at epoch totalEpochs,
 * and minLearningRate from then on.
 */
LearningRateSchedule cosineSchedule(double learningRate, int totalEpochs, double minLearningRate) {
    return epoch -> {
        if (epoch >= totalEpochs) {
            return minLearningRate;
        }
        return learningRate * (1 + Math.cos(Math.PI * epoch / totalEpochs)) / 2;
    };
}
