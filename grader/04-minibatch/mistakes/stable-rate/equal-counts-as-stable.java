// Mistake: counts a run that ends exactly at the start loss as stable (<= for <)
// Look at: the comparison with the start loss: what about a run that ends exactly there?
// Exercise: stable-rate
/**
 * Returns the largest of rates whose run was stable: finalLosses[k], the final loss of the run with
 * rates[k], is a number lower than startLoss. The rates may come in any order; returns Double.NaN
 * when no run was stable.
 */
double largestStableRate(double[] rates, double[] finalLosses, double startLoss) {
    double largest = Double.NaN;
    for (int k = 0; k < rates.length; k++) {
        boolean stable = Double.isFinite(finalLosses[k]) && finalLosses[k] <= startLoss;
        if (stable && (Double.isNaN(largest) || rates[k] > largest)) {
            largest = rates[k];
        }
    }
    return largest;
}
