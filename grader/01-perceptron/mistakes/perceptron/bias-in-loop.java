// Mistake: the bias is added inside the loop, once per input
// Look at: how many times the bias b is counted in z
// Exercise: perceptron
/**
 * Returns the output of one perceptron, g(b + Σ x[i]·w[i]): the dot product of the inputs and the
 * weights, plus the bias b, through the nonlinearity g.
 */
double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
    double z = 0;
    for (int i = 0; i < x.length; i++) {
        z += w[i] * x[i] + b;
    }
    return g.applyAsDouble(z);
}
