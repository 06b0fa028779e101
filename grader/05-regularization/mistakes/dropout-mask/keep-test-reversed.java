// Mistake: drops an entry when u < 1 − p instead of keeping it, so it drops 1 − p of the entries
// Look at: your keep test: which entries does it keep, and what share of them?
// Exercise: dropout-mask
/**
 * Returns a mask of the given shape for inverted dropout with drop probability p (0 <= p < 1):
 * each entry is independently 0 with probability p and 1 / (1 - p) otherwise, drawn from random.
 */
NdArray dropoutMask(int[] shape, double p, Random random) {
    double keep = 1 - p;
    return NdArray.rand(random, shape).map(u -> u < keep ? 0 : 1 / keep);
}
