// Mistake: the weight moves along +v instead of against it
// Look at: the direction in which the weight moves along the velocity
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
            velocity[i] = beta * velocity[i] + grads[i];
            params[i] += learningRate * velocity[i];
        }
    }
}
