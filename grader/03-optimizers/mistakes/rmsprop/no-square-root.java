// Mistake: the step divides by s + ε instead of √s + ε
// Look at: your step's denominator: compare it with the text's formula
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
            meanSquare[i] = alpha * meanSquare[i] + (1 - alpha) * grads[i] * grads[i];
            params[i] -= learningRate * grads[i] / (meanSquare[i] + epsilon);
        }
    }
}
