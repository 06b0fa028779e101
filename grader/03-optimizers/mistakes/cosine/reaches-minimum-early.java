// Mistake: divides by E - 1, so the minimum is reached one epoch early
// Look at: the epoch at which your schedule reaches its minimum
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
        return minLearningRate + (learningRate - minLearningRate) * (1 + Math.cos(Math.PI * epoch / (totalEpochs - 1))) / 2;
    };
}
