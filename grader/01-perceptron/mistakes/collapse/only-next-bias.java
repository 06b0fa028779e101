// Mistake: the collapsed bias is only b2, as if b1 vanished
// Look at: the collapsed bias: where does the first map's bias end up after the second map?
// Exercise: collapse
/** A linear map x ↦ x W + b (W is [in, out], b is [out]): a dense layer without a nonlinearity. */
record Linear(NdArray w, NdArray b) {
    /** Returns x W + b for a batch x [n, in]. */
    NdArray apply(NdArray x) {
        return x.matmul(w).add(b);
    }

    /** Returns the one Linear map that does the same as applying this map and then {@code next}. */
    Linear then(Linear next) {
        return new Linear(w.matmul(next.w()), next.b());
    }
}
