// Mistake: divides by 1 − p again after multiplying by the mask, which already holds 1 / (1 - p)
// Look at: how many times the 1 / (1 − p) scale is applied to a kept unit
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
        return x.mul(Tensor.of(dropoutMask(x.shape(), p, random))).div(1 - p);
    }

    @Override
    public String toString() {
        return "InvertedDropout(p=" + p + ")";
    }
}
