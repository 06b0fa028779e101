// Mistake: t is counted once per weight instead of once per step
// Look at: where t is counted: how many times per step does it grow?
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
        for (int i = 0; i < params.length; i++) {
            t++;
            double mCorrection = 1 - Math.pow(beta1, t);
            double vCorrection = 1 - Math.pow(beta2, t);
            m[i] = beta1 * m[i] + (1 - beta1) * grads[i];
            v[i] = beta2 * v[i] + (1 - beta2) * grads[i] * grads[i];
            double mHat = m[i] / mCorrection;
            double vHat = v[i] / vCorrection;
            params[i] -= learningRate * mHat / (Math.sqrt(vHat) + epsilon);
        }
    }
}
