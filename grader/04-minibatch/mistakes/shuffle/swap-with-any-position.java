// Mistake: swaps position i with a j drawn from the whole range 0..n-1 instead of 0..i, which makes some orders more likely
// Look at: the range j is drawn from at step i, compared with the Fisher–Yates shuffle in the text
// Exercise: shuffle
/** Returns the indices 0, 1, ..., n − 1 in a uniformly random order (Fisher–Yates), drawing from random. */
int[] shuffledOrder(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
        order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(n);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
    return order;
}
