// Mistake: the bias-corrected m̂ and v̂ are stored back into m and v
// Look at: what you store back into m and v after the step: the running averages, or something else?
// Exercise: adam
/** Adam: bias-corrected momentum m̂ divided by the bias-corrected RMS √v̂, with m = v = 0 and t = 0 before the first step. */
class AdamRule {
    final double learningRate;
    final double beta1;
    final double beta2;
    final double epsilon = 1e-8;
    double[] m;   // running mean of the gradient, uncorrected
    double[] v;   // running mean of the squared gradient, uncorrected
    int t;        // steps taken so far

    AdamRule(double learningRate, double beta1, double beta2) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
    }

    /** Moves params one step, in place, given grads, the gradient of the loss at params. */
    void step(double[] params, double[] grads) {
        if (m == null) {
            m = new double[params.length];
            v = new double[params.length];
        }
        t++;
        double mCorrection = 1 - Math.pow(beta1, t);
        double vCorrection = 1 - Math.pow(beta2, t);
        for (int i = 0; i < params.length; i++) {
            m[i] = beta1 * m[i] + (1 - beta1) * grads[i];
            v[i] = beta2 * v[i] + (1 - beta2) * grads[i] * grads[i];
            m[i] = m[i] / mCorrection;
            v[i] = v[i] / vCorrection;
            double mHat = m[i];
            double vHat = v[i];
            params[i] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
        }
    }
}
