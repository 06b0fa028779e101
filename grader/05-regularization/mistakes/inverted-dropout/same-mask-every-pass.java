// Mistake: makes a new Random(seed) at every forward pass, so every pass drops the same units
// Look at: where your random generator is made: does each forward pass get a new mask?
// Exercise: inverted-dropout
/**
 * Inverted dropout as a layer: in training mode it multiplies its input by a fresh dropoutMask
 * at every forward pass; in evaluation mode it returns the input unchanged.
 */
class InvertedDropout extends Module {
    private final double p;
    private final long seed;

    InvertedDropout(double p, long seed) {
        this.p = p;
        this.seed = seed;
    }

    @Override
    public Tensor forward(Tensor x) {
        if (!isTraining()) {
            return x;
        }
        return x.mul(Tensor.of(dropoutMask(x.shape(), p, new Random(seed))));
    }

    @Override
    public String toString() {
        return "InvertedDropout(p=" + p + ")";
    }
}
