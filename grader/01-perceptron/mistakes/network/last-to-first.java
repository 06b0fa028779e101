// Mistake: the layers are applied from the last to the first
// Look at: the order in which your loop visits the layers
// Exercise: network
/** A deep network: its layers applied in order, each layer's output the next layer's input. */
record Mlp(List<Layer> layers) {
    /** Returns the last layer's output for a batch x [n, in]. */
    NdArray forward(NdArray x) {
        NdArray a = x;
        for (int i = layers.size() - 1; i >= 0; i--) {
            a = layers.get(i).forward(a);
        }
        return a;
    }
}
