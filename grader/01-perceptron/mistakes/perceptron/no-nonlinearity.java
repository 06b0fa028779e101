// Mistake: returns the sum z without passing it through g
// Look at: what you return: is it the perceptron's output, or an intermediate value?
// Exercise: perceptron
/**
 * Returns the output of one perceptron, g(b + Σ x[i]·w[i]): the dot product of the inputs and the
 * weights, plus the bias b, through the nonlinearity g.
 */
double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
    double z = b;
    for (int i = 0; i < x.length; i++) {
        z += w[i] * x[i];
    }
    return z;
}
