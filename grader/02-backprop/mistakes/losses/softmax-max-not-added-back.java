// Mistake: the largest logit is subtracted inside the exponent but not added back outside the log
// Look at: the shift by the largest logit: is what you subtract inside the log put back outside?
// Exercise: losses
/**
 * Returns the binary cross-entropy of probabilities p [n] against labels y [n] (each 0 or 1),
 * averaged over the n examples, with p clamped into [1e-7, 1 - 1e-7] before the logarithms.
 */
double binaryCrossEntropy(NdArray p, NdArray y) {
    NdArray q = p.maximum(1e-7).minimum(1 - 1e-7);
    NdArray perExample = y.mul(q.log()).add(y.neg().add(1).mul(q.neg().add(1).log())).neg();
    return perExample.mean();
}

/** Returns the softmax cross-entropy of logits [n, k] against class labels [n] (each in 0..k-1), averaged. */
double softmaxCrossEntropy(NdArray logits, int[] labels) {
    double[][] z = logits.toArray2d();
    double total = 0;
    for (int i = 0; i < z.length; i++) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : z[i]) {
            m = Math.max(m, v);
        }
        double sum = 0;
        for (double v : z[i]) {
            sum += Math.exp(v - m);
        }
        total += Math.log(sum) - z[i][labels[i]];
    }
    return total / z.length;
}

/** Returns the mean squared error of predictions and targets of the same shape. */
double meanSquaredError(NdArray prediction, NdArray target) {
    return prediction.sub(target).pow(2).mean();
}
