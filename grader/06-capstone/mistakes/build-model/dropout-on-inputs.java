// Mistake: puts the dropout before the hidden layer, on the pixels, instead of on the hidden units
// Look at: where the dropout layer sits in your model, compared with the text
// Exercise: build-model
/**
 * Returns the capstone MLP: inputs → hidden units with ReLU (He initialization) → dropout with drop
 * probability p → one logit per class (no activation). Every layer draws from a seed derived from
 * {@code seed}, so the same arguments always build the same network.
 */
Sequential buildModel(int inputs, int hidden, int classes, double p, long seed) {
    return new Sequential(
        new Dropout(p, seed + 1),
        new Dense(inputs, hidden, new ReLU(), Initializers.he(), seed),
        new Dense(hidden, classes, new Identity(), Initializers.xavierUniform(), seed + 2));
}
