// Mistake: counts an equal loss as an improvement (<= instead of <), so a plateau resets the patience and moves the best epoch
// Look at: what counts as an improvement: what should a loss exactly equal to the best do?
// Exercise: stop-epoch
/** Where early stopping ends a run: the epoch with the lowest loss, and the epoch it stops at (-1 if it never stops). */
record StopPoint(int bestEpoch, int stoppedEpoch) {}

/**
 * Replays early stopping over a recorded validation loss, valLoss[0] being epoch 1. An epoch
 * improves when its loss is strictly lower than the best so far; training stops at the end of the
 * epoch that makes {@code patience} epochs in a row without improvement.
 */
StopPoint earlyStop(double[] valLoss, int patience) {
    double best = Double.POSITIVE_INFINITY;
    int bestEpoch = -1;
    int waited = 0;
    for (int i = 0; i < valLoss.length; i++) {
        if (valLoss[i] <= best) {
            best = valLoss[i];
            bestEpoch = i + 1;
            waited = 0;
        } else if (++waited >= patience) {
            return new StopPoint(bestEpoch, i + 1);
        }
    }
    return new StopPoint(bestEpoch, -1);
}
