// Mistake: each layer contributes only its pre-activation, g is never applied
// Look at: what each layer contributes: its pre-activation, or its output?
// Exercise: network
/** A deep network: its layers applied in order, each layer's output the next layer's input. */
record Mlp(List<Layer> layers) {
    /** Returns the last layer's output for a batch x [n, in]. */
    NdArray forward(NdArray x) {
        NdArray a = x;
        for (Layer layer : layers) {
            a = layer.preActivation(a);
        }
        return a;
    }
}
