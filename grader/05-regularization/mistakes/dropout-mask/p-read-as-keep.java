// Mistake: reads p as the keep probability: keeps an entry when u < p, so it drops 1 − p of them
// Look at: what p means in the text: the chance to keep an entry, or to drop it?
// Exercise: dropout-mask
/**
 * Returns a mask of the given shape for inverted dropout with drop probability p (0 <= p < 1):
 * each entry is independently 0 with probability p and 1 / (1 - p) otherwise, drawn from random.
 */
NdArray dropoutMask(int[] shape, double p, Random random) {
    double keep = 1 - p;
    return NdArray.rand(random, shape).map(u -> u < p ? 1 / keep : 0);
}
