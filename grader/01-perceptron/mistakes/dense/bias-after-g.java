// Mistake: forward computes g(X W) + b, adding the bias after the nonlinearity
// Look at: where the bias is added relative to the nonlinearity g
// Exercise: dense
/** A dense layer: g(X W + b) for a batch X [n, in], with weights W [in, out] and bias b [out]. */
record Layer(NdArray w, NdArray b, DoubleUnaryOperator g) {
    /** Returns Z = X W + b, [n, out]. */
    NdArray preActivation(NdArray x) {
        return x.matmul(w).add(b);
    }

    /** Returns g(X W + b), [n, out]: g applied to every element of the pre-activation. */
    NdArray forward(NdArray x) {
        return x.matmul(w).map(g).add(b);
    }
}
