// Mistake: epoch / totalEpochs is integer division, 0 before the end, so the rate never decreases
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
