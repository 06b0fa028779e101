// Mistake: starts from 0 and so returns 0 instead of NaN when no run is stable
// Look at: what you return when no run is stable
// Exercise: stable-rate
/**
 * Returns the largest of rates whose run was stable: finalLosses[k], the final loss of the run with
 * rates[k], is a number lower than startLoss. The rates may come in any order; returns Double.NaN
 * when no run was stable.
 */
double largestStableRate(double[] rates, double[] finalLosses, double startLoss) {
    double largest = 0;
    for (int k = 0; k < rates.length; k++) {
        if (Double.isFinite(finalLosses[k]) && finalLosses[k] < startLoss && rates[k] > largest) {
            largest = rates[k];
        }
    }
    return largest;
}
