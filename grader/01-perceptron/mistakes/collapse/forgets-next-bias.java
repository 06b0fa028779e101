// Mistake: the collapsed bias is b1 W2; the second map's bias b2 is left out
// Look at: the collapsed bias: does the second map still add something of its own?
// Exercise: collapse
/** A linear map x ↦ x W + b (W is [in, out], b is [out]): a dense layer without a nonlinearity. */
record Linear(NdArray w, NdArray b) {
    /** Returns x W + b for a batch x [n, in]. */
    NdArray apply(NdArray x) {
        return x.matmul(w).add(b);
    }

    /** Returns the one Linear map that does the same as applying this map and then {@code next}. */
    Linear then(Linear next) {
        return new Linear(w.matmul(next.w()), b.matmul(next.w()));
    }
}
