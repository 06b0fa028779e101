// Mistake: the collapsed weights are W2 W1 instead of W1 W2
// Look at: the order of the two weight matrices in the collapsed map: which one does x meet first?
// Exercise: collapse
/** A linear map x ↦ x W + b (W is [in, out], b is [out]): a dense layer without a nonlinearity. */
record Linear(NdArray w, NdArray b) {
    /** Returns x W + b for a batch x [n, in]. */
    NdArray apply(NdArray x) {
        return x.matmul(w).add(b);
    }

    /** Returns the one Linear map that does the same as applying this map and then {@code next}. */
    Linear then(Linear next) {
        return new Linear(next.w().matmul(w), b.matmul(next.w()).add(next.b()));
    }
}
