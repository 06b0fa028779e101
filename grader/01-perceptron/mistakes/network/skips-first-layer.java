// Mistake: off by one: the loop starts at layer 1 and never applies layer 0
// Look at: the bounds of your loop over the layers: which layers does it visit?
// Exercise: network
/** A deep network: its layers applied in order, each layer's output the next layer's input. */
record Mlp(List<Layer> layers) {
    /** Returns the last layer's output for a batch x [n, in]. */
    NdArray forward(NdArray x) {
        NdArray a = x;
        for (int i = 1; i < layers.size(); i++) {
            a = layers.get(i).forward(a);
        }
        return a;
    }
}
