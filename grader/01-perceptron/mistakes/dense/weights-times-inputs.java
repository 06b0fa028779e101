// Mistake: multiplies W X instead of X W
// Look at: the order of the factors in your matrix product: which shapes are [n, in] and [in, out]?
// Exercise: dense
/** A dense layer: g(X W + b) for a batch X [n, in], with weights W [in, out] and bias b [out]. */
record Layer(NdArray w, NdArray b, DoubleUnaryOperator g) {
    /** Returns Z = X W + b, [n, out]. */
    NdArray preActivation(NdArray x) {
        return w.matmul(x).add(b);
    }

    /** Returns g(X W + b), [n, out]: g applied to every element of the pre-activation. */
    NdArray forward(NdArray x) {
        return preActivation(x).map(g);
    }
}
