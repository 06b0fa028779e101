// Mistake: keeps entries as 1 instead of 1 / (1 - p): the mask is not scaled up, so dropout lowers the mean
// Look at: the value a kept entry gets: what must it be for the mean to stay the same?
// Exercise: dropout-mask
/**
 * Returns a mask of the given shape for inverted dropout with drop probability p (0 <= p < 1):
 * each entry is independently 0 with probability p and 1 / (1 - p) otherwise, drawn from random.
 */
NdArray dropoutMask(int[] shape, double p, Random random) {
    double keep = 1 - p;
    return NdArray.rand(random, shape).map(u -> u < keep ? 1 : 0);
}
