// Mistake: ignores the argument p and always drops 0.2, the value the lab trains with
// Look at: how your model uses the argument p
// Exercise: build-model
/**
 * Returns the capstone MLP: inputs → hidden units with ReLU (He initialization) → dropout with drop
 * probability p → one logit per class (no activation). Every layer draws from a seed derived from
 * {@code seed}, so the same arguments always build the same network.
 */
Sequential buildModel(int inputs, int hidden, int classes, double p, long seed) {
    return new Sequential(
        new Dense(inputs, hidden, new ReLU(), Initializers.he(), seed),
        new Dropout(0.2, seed + 1),
        new Dense(hidden, classes, new Identity(), Initializers.xavierUniform(), seed + 2));
}
