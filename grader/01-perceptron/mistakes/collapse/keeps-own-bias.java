// Mistake: the collapsed map keeps the first bias b1 unchanged
// Look at: the collapsed bias: write out x W1 W2 + ... for the two maps in a row and compare the bias part with yours
// Exercise: collapse
/** A linear map x ↦ x W + b (W is [in, out], b is [out]): a dense layer without a nonlinearity. */
record Linear(NdArray w, NdArray b) {
    /** Returns x W + b for a batch x [n, in]. */
    NdArray apply(NdArray x) {
        return x.matmul(w).add(b);
    }

    /** Returns the one Linear map that does the same as applying this map and then {@code next}. */
    Linear then(Linear next) {
        return new Linear(w.matmul(next.w()), b);
    }
}
