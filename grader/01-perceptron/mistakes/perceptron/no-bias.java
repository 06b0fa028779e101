// Mistake: the sum starts from 0, so the bias b is never added
// Look at: where your sum starts: is every term of z = b + Σ w·x in it?
// Exercise: perceptron
/**
 * Returns the output of one perceptron, g(b + Σ x[i]·w[i]): the dot product of the inputs and the
 * weights, plus the bias b, through the nonlinearity g.
 */
double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
    double z = 0;
    for (int i = 0; i < x.length; i++) {
        z += w[i] * x[i];
    }
    return g.applyAsDouble(z);
}
