// Mistake: the loop stops at i > 1 instead of i > 0, so positions 0 and 1 are never shuffled against each other
// Look at: the bounds of your shuffling loop: which positions take part?
// Exercise: shuffle
/** Returns the indices 0, 1, ..., n − 1 in a uniformly random order (Fisher–Yates), drawing from random. */
int[] shuffledOrder(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
        order[i] = i;
    }
    for (int i = n - 1; i > 1; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
    return order;
}
