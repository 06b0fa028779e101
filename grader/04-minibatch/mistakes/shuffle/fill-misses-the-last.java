// Mistake: fills order with 0..n-2 only (off by one), so index n-1 is missing and 0 appears twice
// Look at: the loop that fills order before shuffling: which indices does it write?
// Exercise: shuffle
/** Returns the indices 0, 1, ..., n − 1 in a uniformly random order (Fisher–Yates), drawing from random. */
int[] shuffledOrder(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n - 1; i++) {
        order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
    return order;
}
