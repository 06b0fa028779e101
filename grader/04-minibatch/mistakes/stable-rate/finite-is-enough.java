// Mistake: calls every run with a finite final loss stable, even one that ended above the start loss
// Look at: what makes a run stable: is a finite loss enough?
// Exercise: stable-rate
/**
 * Returns the largest of rates whose run was stable: finalLosses[k], the final loss of the run with
 * rates[k], is a number lower than startLoss. The rates may come in any order; returns Double.NaN
 * when no run was stable.
 */
double largestStableRate(double[] rates, double[] finalLosses, double startLoss) {
    double largest = Double.NaN;
    for (int k = 0; k < rates.length; k++) {
        if (Double.isFinite(finalLosses[k]) && (Double.isNaN(largest) || rates[k] > largest)) {
            largest = rates[k];
        }
    }
    return largest;
}
