// Mistake: draws one uniform number for the whole mask, so it keeps every entry or drops every entry together
// Look at: how many random numbers one mask draws
// Exercise: dropout-mask
/**
 * Returns a mask of the given shape for inverted dropout with drop probability p (0 <= p < 1):
 * each entry is independently 0 with probability p and 1 / (1 - p) otherwise, drawn from random.
 */
NdArray dropoutMask(int[] shape, double p, Random random) {
    double keep = 1 - p;
    double u = random.nextDouble();
    return NdArray.full(u < keep ? 1 / keep : 0, shape);
}
