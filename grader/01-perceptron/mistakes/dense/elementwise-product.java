// Mistake: x.mul(w), an elementwise product, instead of the matrix product x.matmul(w)
// Look at: which product of X and W your pre-activation computes: look at the shapes it gives
// Exercise: dense
/** A dense layer: g(X W + b) for a batch X [n, in], with weights W [in, out] and bias b [out]. */
record Layer(NdArray w, NdArray b, DoubleUnaryOperator g) {
    /** Returns Z = X W + b, [n, out]. */
    NdArray preActivation(NdArray x) {
        return x.mul(w).add(b);
    }

    /** Returns g(X W + b), [n, out]: g applied to every element of the pre-activation. */
    NdArray forward(NdArray x) {
        return preActivation(x).map(g);
    }
}
