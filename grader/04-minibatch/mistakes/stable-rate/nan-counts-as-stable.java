// Mistake: skips only the runs whose loss is above the start, so a NaN loss (every comparison false) counts as stable
// Look at: what your comparison says about a loss that is NaN
// Exercise: stable-rate
/**
 * Returns the largest of rates whose run was stable: finalLosses[k], the final loss of the run with
 * rates[k], is a number lower than startLoss. The rates may come in any order; returns Double.NaN
 * when no run was stable.
 */
double largestStableRate(double[] rates, double[] finalLosses, double startLoss) {
    double largest = Double.NaN;
    for (int k = 0; k < rates.length; k++) {
        if (finalLosses[k] >= startLoss) {
            continue;
        }
        if (Double.isNaN(largest) || rates[k] > largest) {
            largest = rates[k];
        }
    }
    return largest;
}
