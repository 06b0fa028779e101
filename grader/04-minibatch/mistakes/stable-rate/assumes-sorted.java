// Mistake: returns the last stable rate in the order given, as if the rates were sorted
// Look at: the order of the rates you are given: is the last stable one the largest?
// Exercise: stable-rate
/**
 * Returns the largest of rates whose run was stable: finalLosses[k], the final loss of the run with
 * rates[k], is a number lower than startLoss. The rates may come in any order; returns Double.NaN
 * when no run was stable.
 */
double largestStableRate(double[] rates, double[] finalLosses, double startLoss) {
    double largest = Double.NaN;
    for (int k = 0; k < rates.length; k++) {
        if (Double.isFinite(finalLosses[k]) && finalLosses[k] < startLoss) {
            largest = rates[k];
        }
    }
    return largest;
}
