// Mistake: scales the input by 1 − p in evaluation mode, as classic dropout does, though the inverted mask already scaled while training
// Look at: what your layer does to its input in evaluation mode
// Exercise: inverted-dropout
/**
 * Inverted dropout as a layer: in training mode it multiplies its input by a fresh dropoutMask
 * at every forward pass; in evaluation mode it returns the input unchanged.
 */
class InvertedDropout extends Module {
    private final double p;
    private final Random random;

    InvertedDropout(double p, long seed) {
        this.p = p;
        this.random = new Random(seed);
    }

    @Override
    public Tensor forward(Tensor x) {
        if (!isTraining()) {
            return x.mul(1 - p);
        }
        return x.mul(Tensor.of(dropoutMask(x.shape(), p, random)));
    }

    @Override
    public String toString() {
        return "InvertedDropout(p=" + p + ")";
    }
}
