// Mistake: stops at the first unstable run, missing a larger stable rate after it
// Look at: when your loop stops: can a larger stable rate come after an unstable one?
// Exercise: stable-rate
/**
 * Returns the largest of rates whose run was stable: finalLosses[k], the final loss of the run with
 * rates[k], is a number lower than startLoss. The rates may come in any order; returns Double.NaN
 * when no run was stable.
 */
double largestStableRate(double[] rates, double[] finalLosses, double startLoss) {
    double largest = Double.NaN;
    for (int k = 0; k < rates.length; k++) {
        if (!(Double.isFinite(finalLosses[k]) && finalLosses[k] < startLoss)) {
            break;
        }
        if (Double.isNaN(largest) || rates[k] > largest) {
            largest = rates[k];
        }
    }
    return largest;
}
