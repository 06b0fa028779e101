// Mistake: drops the last, shorter batch (loops while start + batchSize <= n), though the text keeps it
// Look at: what happens to the examples left over after the last full batch
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
        for (int start = 0; start + batchSize <= order.length; start += batchSize) {
            int[] indices = Arrays.copyOfRange(order, start, start + batchSize);
            Dataset part = data.subset(indices);
            batches.add(new Batch(part.features(), part.targets(), indices));
        }
        return batches.iterator();
    }
}
