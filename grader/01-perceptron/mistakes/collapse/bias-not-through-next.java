// Mistake: the collapsed bias is b1 + b2; b1 does not go through W2
// Look at: the collapsed bias: what happens to b1 when the first map's output goes through the second map's weights?
// Exercise: collapse
/** A linear map x ↦ x W + b (W is [in, out], b is [out]): a dense layer without a nonlinearity. */
record Linear(NdArray w, NdArray b) {
    /** Returns x W + b for a batch x [n, in]. */
    NdArray apply(NdArray x) {
        return x.matmul(w).add(b);
    }

    /** Returns the one Linear map that does the same as applying this map and then {@code next}. */
    Linear then(Linear next) {
        return new Linear(w.matmul(next.w()), b.add(next.b()));
    }
}
