// Mistake: the cosine is evaluated at epoch + 1, so epoch 0 already has a reduced rate
// Look at: the rate your schedule gives at epoch 0
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
        return minLearningRate + (learningRate - minLearningRate) * (1 + Math.cos(Math.PI * (epoch + 1) / totalEpochs)) / 2;
    };
}
