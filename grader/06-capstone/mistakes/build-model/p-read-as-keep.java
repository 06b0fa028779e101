// Mistake: reads p as the keep probability, as DL4J does, and builds Dropout(1 - p)
// Look at: what the number you give DL4J's Dropout means: the chance to keep or to drop?
// Exercise: build-model
/**
 * Returns the capstone MLP: inputs → hidden units with ReLU (He initialization) → dropout with drop
 * probability p → one logit per class (no activation). Every layer draws from a seed derived from
 * {@code seed}, so the same arguments always build the same network.
 */
Sequential buildModel(int inputs, int hidden, int classes, double p, long seed) {
    return new Sequential(
        new Dense(inputs, hidden, new ReLU(), Initializers.he(), seed),
        new Dropout(1 - p, seed + 1),
        new Dense(hidden, classes, new Identity(), Initializers.xavierUniform(), seed + 2));
}
