// Mistake: a whole cosine period cos(2π e / E) instead of half of one
// Look at: how much of a cosine period your schedule covers between epoch 0 and E
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
        return minLearningRate + (learningRate - minLearningRate) * (1 + Math.cos(2 * Math.PI * epoch / totalEpochs)) / 2;
    };
}
