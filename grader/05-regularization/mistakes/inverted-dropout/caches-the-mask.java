// Mistake: draws the mask once, at the first forward pass, and reuses it, so every pass drops the same units
// Look at: when the mask is drawn: does each forward pass get its own?
// Exercise: inverted-dropout
/**
 * Inverted dropout as a layer: in training mode it multiplies its input by a fresh dropoutMask
 * at every forward pass; in evaluation mode it returns the input unchanged.
 */
class InvertedDropout extends Module {
    private final double p;
    private final Random random;
    private NdArray mask;

    InvertedDropout(double p, long seed) {
        this.p = p;
        this.random = new Random(seed);
    }

    @Override
    public Tensor forward(Tensor x) {
        if (!isTraining()) {
            return x;
        }
        if (mask == null) {
            mask = dropoutMask(x.shape(), p, random);
        }
        return x.mul(Tensor.of(mask));
    }

    @Override
    public String toString() {
        return "InvertedDropout(p=" + p + ")";
    }
}
