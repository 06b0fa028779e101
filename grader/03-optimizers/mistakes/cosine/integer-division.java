// Mistake: epoch / totalEpochs is integer division, 0 before the end, so the rate never decreases
// Look at: the types in epoch / totalEpochs: what does that division give before the last epoch?
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
        return minLearningRate + (learningRate - minLearningRate) * (1 + Math.cos(Math.PI * (epoch / totalEpochs))) / 2;
    };
}
