// Mistake: s ← (1 − α)s + αg²: the weights of the old average and the new square are swapped
// Look at: your running average of g²: which coefficient goes with the old average, which with the new square?
// Exercise: rmsprop
/** RMSProp: s ← αs + (1 − α)g², then w ← w − ηg / (√s + ε), elementwise, with s = 0 before the first step. */
class RmspropRule {
    final double learningRate;
    final double alpha;
    final double epsilon = 1e-8;
    double[] meanSquare;   // s, one entry per weight

    RmspropRule(double learningRate, double alpha) {
        this.learningRate = learningRate;
        this.alpha = alpha;
    }

    /** Moves params one step, in place, given grads, the gradient of the loss at params. */
    void step(double[] params, double[] grads) {
        if (meanSquare == null) {
            meanSquare = new double[params.length];
        }
        for (int i = 0; i < params.length; i++) {
            meanSquare[i] = (1 - alpha) * meanSquare[i] + alpha * grads[i] * grads[i];
            params[i] -= learningRate * grads[i] / (Math.sqrt(meanSquare[i]) + epsilon);
        }
    }
}
