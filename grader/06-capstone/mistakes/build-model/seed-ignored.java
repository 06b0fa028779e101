// Mistake: seeds the layers with fixed numbers instead of deriving them from the seed argument
// Look at: how your model uses the seed argument
// Exercise: build-model
/**
 * Returns the capstone MLP: inputs → hidden units with ReLU (He initialization) → dropout with drop
 * probability p → one logit per class (no activation). Every layer draws from a seed derived from
 * {@code seed}, so the same arguments always build the same network.
 */
Sequential buildModel(int inputs, int hidden, int classes, double p, long seed) {
    return new Sequential(
        new Dense(inputs, hidden, new ReLU(), Initializers.he(), 1),
        new Dropout(p, 2),
        new Dense(hidden, classes, new Identity(), Initializers.xavierUniform(), 3));
}
