// Mistake: takes the rows at positions start..end of the dataset instead of the shuffled indices, so a batch's rows are not those its indices name
// Look at: which rows a batch takes: the positions, or the indices the shuffled order names?
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
            int end = Math.min(start + batchSize, order.length);
            int[] indices = Arrays.copyOfRange(order, start, end);
            int[] positions = new int[end - start];
            for (int k = 0; k < positions.length; k++) {
                positions[k] = start + k;
            }
            Dataset part = data.subset(positions);
            batches.add(new Batch(part.features(), part.targets(), indices));
        }
        return batches.iterator();
    }
}
