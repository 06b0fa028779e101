// Mistake: draws from a new Random() instead of the random passed in, so a seed cannot repeat the mask
// Look at: which random generator your mask draws from
// Exercise: dropout-mask
/**
 * Returns a mask of the given shape for inverted dropout with drop probability p (0 <= p < 1):
 * each entry is independently 0 with probability p and 1 / (1 - p) otherwise, drawn from random.
 */
NdArray dropoutMask(int[] shape, double p, Random random) {
    double keep = 1 - p;
    return NdArray.rand(new Random(), shape).map(u -> u < keep ? 1 / keep : 0);
}
