// Mistake: ignores the random it is given and draws from a new Random(), so a seed cannot repeat a run
// Look at: which random generator your shuffle draws from
// Exercise: shuffle
/** Returns the indices 0, 1, ..., n − 1 in a uniformly random order (Fisher–Yates), drawing from random. */
int[] shuffledOrder(int n, Random random) {
    Random generator = new Random();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
        order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
        int j = generator.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
    }
    return order;
}
