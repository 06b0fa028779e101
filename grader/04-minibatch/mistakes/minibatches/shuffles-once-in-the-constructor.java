// Mistake: shuffles once in the constructor and reuses that order, so every epoch visits the examples in the same order
// Look at: when the shuffling happens: does the second epoch get a new order?
// Exercise: minibatches
/** Cuts a dataset into shuffled mini-batches; every call of iterator() is a new epoch in a new order. */
class MiniBatches implements Iterable<Batch> {
    final Dataset data;
    final int batchSize;
    final Random random;
    final int[] order;

    MiniBatches(Dataset data, int batchSize, long seed) {
        this.data = data;
        this.batchSize = batchSize;
        this.random = new Random(seed);
        this.order = shuffledOrder(data.size(), random);
    }

    /** Returns the batches of the next epoch: every example once, in a fresh random order. */
    public Iterator<Batch> iterator() {
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int[] indices = Arrays.copyOfRange(order, start, Math.min(start + batchSize, order.length));
            Dataset part = data.subset(indices);
            batches.add(new Batch(part.features(), part.targets(), indices));
        }
        return batches.iterator();
    }
}
