// Mistake: makes a new Random(seed) in every iterator() call, so every epoch repeats the first epoch's order
// Look at: where your random generator is made: does the second epoch get a new order?
// Exercise: minibatches
/** Cuts a dataset into shuffled mini-batches; every call of iterator() is a new epoch in a new order. */
class MiniBatches implements Iterable<Batch> {
    final Dataset data;
    final int batchSize;
    final long seed;

    MiniBatches(Dataset data, int batchSize, long seed) {
        this.data = data;
        this.batchSize = batchSize;
        this.seed = seed;
    }

    /** Returns the batches of the next epoch: every example once, in a fresh random order. */
    public Iterator<Batch> iterator() {
        int[] order = shuffledOrder(data.size(), new Random(seed));
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int[] indices = Arrays.copyOfRange(order, start, Math.min(start + batchSize, order.length));
            Dataset part = data.subset(indices);
            batches.add(new Batch(part.features(), part.targets(), indices));
        }
        return batches.iterator();
    }
}
