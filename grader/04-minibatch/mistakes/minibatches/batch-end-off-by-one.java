// Mistake: caps the end of a batch at n − 1 instead of n (copyOfRange excludes its end already), so the last example is never used
// Look at: where each batch ends: which examples does the last batch hold?
// Exercise: minibatches
/** Cuts a dataset into shuffled mini-batches; every call of iterator() is a new epoch in a new order. */
class MiniBatches implements Iterable<Batch> {
    final Dataset data;
    final int batchSize;
    final Random random;

    MiniBatches(Dataset data, int batchSize, long seed) {
        this.data = data;
        this.batchSize = batchSize;
        this.random = new Random(seed);
    }

    /** Returns the batches of the next epoch: every example once, in a fresh random order. */
    public Iterator<Batch> iterator() {
        int[] order = shuffledOrder(data.size(), random);
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int[] indices = Arrays.copyOfRange(order, start, Math.min(start + batchSize, order.length - 1));
            Dataset part = data.subset(indices);
            batches.add(new Batch(part.features(), part.targets(), indices));
        }
        return batches.iterator();
    }
}
