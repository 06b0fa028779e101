// Mistake: the pre-activation is X W, the bias b is never added
// Look at: your pre-activation: is every term of the layer's formula in it?
// Exercise: dense
/** A dense layer: g(X W + b) for a batch X [n, in], with weights W [in, out] and bias b [out]. */
record Layer(NdArray w, NdArray b, DoubleUnaryOperator g) {
    /** Returns Z = X W + b, [n, out]. */
    NdArray preActivation(NdArray x) {
        return x.matmul(w);
    }

    /** Returns g(X W + b), [n, out]: g applied to every element of the pre-activation. */
    NdArray forward(NdArray x) {
        return preActivation(x).map(g);
    }
}
