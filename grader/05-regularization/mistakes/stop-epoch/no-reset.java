// Mistake: the count of epochs without improvement is never reset when the loss improves again
// Look at: what happens to your count of epochs without improvement when the loss improves again
// Exercise: stop-epoch
record StopPoint(int bestEpoch, int stoppedEpoch) {}

StopPoint earlyStop(double[] valLoss, int patience) {
    double best = Double.POSITIVE_INFINITY;
    int bestEpoch = -1;
    int waited = 0;
    for (int i = 0; i < valLoss.length; i++) {
        if (valLoss[i] < best) {
            best = valLoss[i];
            bestEpoch = i + 1;
        } else if (++waited >= patience) {
            return new StopPoint(bestEpoch, i + 1);
        }
    }
    return new StopPoint(bestEpoch, -1);
}
