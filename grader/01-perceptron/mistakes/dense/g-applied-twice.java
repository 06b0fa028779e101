// Mistake: preActivation already applies g, so forward applies it twice
// Look at: how many times the nonlinearity g is applied between preActivation and forward
// Exercise: dense
/** A dense layer: g(X W + b) for a batch X [n, in], with weights W [in, out] and bias b [out]. */
record Layer(NdArray w, NdArray b, DoubleUnaryOperator g) {
    /** Returns Z = X W + b, [n, out]. */
    NdArray preActivation(NdArray x) {
        return x.matmul(w).add(b).map(g);
    }

    /** Returns g(X W + b), [n, out]: g applied to every element of the pre-activation. */
    NdArray forward(NdArray x) {
        return preActivation(x).map(g);
    }
}
