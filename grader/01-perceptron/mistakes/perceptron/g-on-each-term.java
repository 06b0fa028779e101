// Mistake: g is applied to every product w[i]·x[i] instead of once to the whole sum
// Look at: where g is applied: to what, and how many times?
// Exercise: perceptron
/**
 * Returns the output of one perceptron, g(b + Σ x[i]·w[i]): the dot product of the inputs and the
 * weights, plus the bias b, through the nonlinearity g.
 */
double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
    double z = b;
    for (int i = 0; i < x.length; i++) {
        z += g.applyAsDouble(w[i] * x[i]);
    }
    return z;
}
