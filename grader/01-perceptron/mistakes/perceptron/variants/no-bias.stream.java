// Variant of: no-bias
// Exercise: perceptron
double perceptron(double[] inputs, double[] weights, double bias, DoubleUnaryOperator activation) {
    double weighted = java.util.stream.IntStream.range(0, inputs.length).mapToDouble(k -> inputs[k] * weights[k]).sum();
    return activation.applyAsDouble(weighted);
}
