// Mistake: returns the rate with the lowest final loss instead of the largest stable rate
// Look at: which stable rate you keep: the best loss, or the largest rate?
// Exercise: stable-rate
/**
 * Returns the largest of rates whose run was stable: finalLosses[k], the final loss of the run with
 * rates[k], is a number lower than startLoss. The rates may come in any order; returns Double.NaN
 * when no run was stable.
 */
double largestStableRate(double[] rates, double[] finalLosses, double startLoss) {
    double best = Double.NaN;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (int k = 0; k < rates.length; k++) {
        if (finalLosses[k] < startLoss && finalLosses[k] < bestLoss) {
            bestLoss = finalLosses[k];
            best = rates[k];
        }
    }
    return best;
}
