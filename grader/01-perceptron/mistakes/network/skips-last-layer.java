// Mistake: off by one: the loop stops before the last layer
// Look at: the bounds of your loop over the layers: which layers does it visit?
// Exercise: network
/** A deep network: its layers applied in order, each layer's output the next layer's input. */
record Mlp(List<Layer> layers) {
    /** Returns the last layer's output for a batch x [n, in]. */
    NdArray forward(NdArray x) {
        NdArray a = x;
        for (int i = 0; i < layers.size() - 1; i++) {
            a = layers.get(i).forward(a);
        }
        return a;
    }
}
