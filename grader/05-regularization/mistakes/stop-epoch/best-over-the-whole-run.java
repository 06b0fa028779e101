// Mistake: takes the best epoch over the whole recorded run, including epochs after the stop that never happen
// Look at: which epochs your best epoch is chosen from: only those before training stopped?
// Exercise: stop-epoch
/** Where early stopping ends a run: the epoch with the lowest loss, and the epoch it stops at (-1 if it never stops). */
record StopPoint(int bestEpoch, int stoppedEpoch) {}

/**
 * Replays early stopping over a recorded validation loss, valLoss[0] being epoch 1. An epoch
 * improves when its loss is strictly lower than the best so far; training stops at the end of the
 * epoch that makes {@code patience} epochs in a row without improvement.
 */
StopPoint earlyStop(double[] valLoss, int patience) {
    int stoppedEpoch = -1;
    double best = Double.POSITIVE_INFINITY;
    int waited = 0;
    for (int i = 0; i < valLoss.length && stoppedEpoch < 0; i++) {
        if (valLoss[i] < best) {
            best = valLoss[i];
            waited = 0;
        } else if (++waited >= patience) {
            stoppedEpoch = i + 1;
        }
    }
    int bestEpoch = 1;
    for (int i = 1; i < valLoss.length; i++) {
        if (valLoss[i] < valLoss[bestEpoch - 1]) {
            bestEpoch = i + 1;
        }
    }
    return new StopPoint(bestEpoch, stoppedEpoch);
}
