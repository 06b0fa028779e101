// Mistake: gives the output layer a ReLU too, so the logits can never be negative
// Look at: the output layer's activation: can the logits be negative?
// Exercise: build-model
/**
 * Returns the capstone MLP: inputs → hidden units with ReLU (He initialization) → dropout with drop
 * probability p → one logit per class (no activation). Every layer draws from a seed derived from
 * {@code seed}, so the same arguments always build the same network.
 */
Sequential buildModel(int inputs, int hidden, int classes, double p, long seed) {
    return new Sequential(
        new Dense(inputs, hidden, new ReLU(), Initializers.he(), seed),
        new Dropout(p, seed + 1),
        new Dense(hidden, classes, new ReLU(), Initializers.xavierUniform(), seed + 2));
}
