// Mistake: no clamp after E: past the last epoch the cosine rises back up
// Look at: what your schedule gives for epochs after E
// Exercise: cosine
/**
 * Returns cosine annealing from learningRate at epoch 0 down to minLearningRate at epoch totalEpochs,
 * and minLearningRate from then on.
 */
LearningRateSchedule cosineSchedule(double learningRate, int totalEpochs, double minLearningRate) {
    return epoch -> {
        return minLearningRate + (learningRate - minLearningRate) * (1 + Math.cos(Math.PI * epoch / totalEpochs)) / 2;
    };
}
