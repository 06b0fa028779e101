// Mistake: adds a second hidden layer of the same width, which the text does not ask for
// Look at: how many hidden layers your model has, compared with the text
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
        new Dense(hidden, hidden, new ReLU(), Initializers.he(), seed + 3),
        new Dense(hidden, classes, new Identity(), Initializers.xavierUniform(), seed + 2));
}
