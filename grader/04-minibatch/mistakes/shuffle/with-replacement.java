// Mistake: draws every position independently with random.nextInt(n), so indices repeat and others go missing (not a permutation)
// Look at: whether your result is a permutation: can an index appear twice?
// Exercise: shuffle
/** Returns the indices 0, 1, ..., n − 1 in a uniformly random order (Fisher–Yates), drawing from random. */
int[] shuffledOrder(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
        order[i] = random.nextInt(n);
    }
    return order;
}
