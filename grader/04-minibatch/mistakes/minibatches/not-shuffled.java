// Mistake: never shuffles: cuts the examples in their stored order 0, 1, 2, ... every epoch
// Look at: the order in which your batches visit the examples
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
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < order.length; start += batchSize) {
            int[] indices = Arrays.copyOfRange(order, start, Math.min(start + batchSize, order.length));
            Dataset part = data.subset(indices);
            batches.add(new Batch(part.features(), part.targets(), indices));
        }
        return batches.iterator();
    }
}
