// Mistake: every layer is given the input x instead of the previous layer's output
// Look at: what each layer receives as its input
// Exercise: network
/** A deep network: its layers applied in order, each layer's output the next layer's input. */
record Mlp(List<Layer> layers) {
    /** Returns the last layer's output for a batch x [n, in]. */
    NdArray forward(NdArray x) {
        NdArray a = x;
        for (Layer layer : layers) {
            a = layer.forward(x);
        }
        return a;
    }
}
