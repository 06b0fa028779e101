// Mistake: tanh written as 2σ(z) - 1, the 2z inside forgotten
// Look at: the argument you pass to σ in your tanh: check the identity between tanh and σ again
// Exercise: activations
/** Returns σ(z) = 1 / (1 + e^-z). */
double sigmoid(double z) {
    return 1 / (1 + Math.exp(-z));
}

/** Returns σ'(z) = σ(z) (1 - σ(z)). */
double sigmoidDerivative(double z) {
    double s = sigmoid(z);
    return s * (1 - s);
}

/** Returns tanh(z); ±1, not NaN, for z = ±1000. */
double tanh(double z) {
    return 2 * sigmoid(z) - 1;
}

/** Returns tanh'(z) = 1 - tanh²(z). */
double tanhDerivative(double z) {
    double t = tanh(z);
    return 1 - t * t;
}

/** Returns ReLU(z) = max(0, z). */
double relu(double z) {
    return Math.max(0, z);
}

/** Returns ReLU'(z): 1 for z > 0, otherwise 0 (at z = 0 too). */
double reluDerivative(double z) {
    return z > 0 ? 1 : 0;
}
