// Mistake: picks j from 0..i-1 (random.nextInt(i)) instead of 0..i, so no element can stay where it is (Sattolo's cycles, not all orders)
// Look at: the range j is drawn from: can an element stay where it is?
// Exercise: shuffle
/** Returns the indices 0, 1, ..., n − 1 in a uniformly random order (Fisher–Yates), drawing from random. */
int[] shuffledOrder(int n, Random random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
        order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
    return order;
}
