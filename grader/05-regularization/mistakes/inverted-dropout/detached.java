// Mistake: multiplies the arrays (x.data()) instead of the tensors, so the output is cut off from the graph and no gradient reaches x
// Look at: what you multiply: can a gradient flow back through it to x?
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
            return x;
        }
        return Tensor.of(x.data().mul(dropoutMask(x.shape(), p, random)));
    }

    @Override
    public String toString() {
        return "InvertedDropout(p=" + p + ")";
    }
}
