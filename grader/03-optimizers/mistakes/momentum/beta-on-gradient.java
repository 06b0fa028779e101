// Mistake: v ← v + βg: β multiplies the new gradient instead of the old velocity
// Look at: your velocity update: which term does β multiply?
// Exercise: momentum
/** Gradient descent with momentum: v ← βv + g, then w ← w − ηv, with v = 0 before the first step. */
class MomentumRule {
    final double learningRate;
    final double beta;
    double[] velocity;   // v, one entry per weight

    MomentumRule(double learningRate, double beta) {
        this.learningRate = learningRate;
        this.beta = beta;
    }

    /** Moves params one step, in place, given grads, the gradient of the loss at params. */
    void step(double[] params, double[] grads) {
        if (velocity == null) {
            velocity = new double[params.length];
        }
        for (int i = 0; i < params.length; i++) {
            velocity[i] = velocity[i] + beta * grads[i];
            params[i] -= learningRate * velocity[i];
        }
    }
}
