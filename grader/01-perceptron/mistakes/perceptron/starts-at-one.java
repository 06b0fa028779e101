// Mistake: the loop starts at i = 1 (as if x[0] were the bias input), skipping the first input
// Look at: the bounds of your loop over the inputs: which indices does it visit?
// Exercise: perceptron
/**
 * Returns the output of one perceptron, g(b + Σ x[i]·w[i]): the dot product of the inputs and the
 * weights, plus the bias b, through the nonlinearity g.
 */
double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
    double z = b;
    for (int i = 1; i < x.length; i++) {
        z += w[i] * x[i];
    }
    return g.applyAsDouble(z);
}
