// Mistake: puts the dropout after the output layer, on the logits, instead of between the hidden and the output layer
// Look at: where the dropout layer sits in your model, compared with the text
// Exercise: build-model
/**
 * Returns the capstone MLP: inputs → hidden units with ReLU (He initialization) → dropout with drop
 * probability p → one logit per class (no activation). Every layer draws from a seed derived from
 * {@code seed}, so the same arguments always build the same network.
 */
Sequential buildModel(int inputs, int hidden, int classes, double p, long seed) {
    return new Sequential(
        new Dense(inputs, hidden, new ReLU(), Initializers.he(), seed),
        new Dense(hidden, classes, new Identity(), Initializers.xavierUniform(), seed + 2),
        new Dropout(p, seed + 1));
}
