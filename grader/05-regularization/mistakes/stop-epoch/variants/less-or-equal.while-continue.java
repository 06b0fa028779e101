// Variant of: less-or-equal
// Exercise: stop-epoch
/** Where early stopping ends a run: the epoch with the lowest loss, and the epoch it stops at (-1 if it never stops). */
record StopPoint(int bestEpoch, int stoppedEpoch) {}

/**
 * Replays early stopping over a recorded validation loss, valLoss[0] being epoch 1. An epoch
 * improves when its loss is strictly lower than the best so far; training stops at the end of the
 * epoch that makes {@code patience} epochs in a row without improvement.
 */
StopPoint earlyStop(double[] valLoss, int patience) {
    double lowest = Double.POSITIVE_INFINITY;
    int bestSoFar = -1;
    int sinceBest = 0;
    int epoch = 0;
    while (epoch < valLoss.length) {
        double loss = valLoss[epoch];
        epoch++;
        if (!(loss > lowest)) {
            lowest = loss;
            bestSoFar = epoch;
            sinceBest = 0;
            continue;
        }
        sinceBest++;
        if (sinceBest >= patience) {
            return new StopPoint(bestSoFar, epoch);
        }
    }
    return new StopPoint(bestSoFar, -1);
}
