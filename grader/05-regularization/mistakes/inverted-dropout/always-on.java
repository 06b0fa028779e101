// Mistake: drops units in evaluation mode too: never looks at isTraining()
// Look at: what your layer does in evaluation mode
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
        return x.mul(Tensor.of(dropoutMask(x.shape(), p, random)));
    }

    @Override
    public String toString() {
        return "InvertedDropout(p=" + p + ")";
    }
}
