// Mistake: dJ/dw1 uses the output sigmoid's slope ŷ(1 - ŷ) again instead of the hidden one a1(1 - a1)
// Look at: the sigmoid slopes in dJ/dw1: which neuron does each belong to?
// Exercise: chain-rule
/** The forward pass x → z1 = w1 x → a1 = σ(z1) → z2 = w2 a1 → ŷ = σ(z2) → J = (ŷ - y)², every value kept. */
record TinyForward(double x, double y, double w1, double w2, double z1, double a1, double z2, double yHat, double loss) {
    static TinyForward of(double x, double y, double w1, double w2) {
        double z1 = w1 * x;
        double a1 = NdArray.sigmoid(z1);
        double z2 = w2 * a1;
        double yHat = NdArray.sigmoid(z2);
        return new TinyForward(x, y, w1, w2, z1, a1, z2, yHat, (yHat - y) * (yHat - y));
    }
}

/** Returns ∂J/∂w2 = 2(ŷ - y) · ŷ(1 - ŷ) · a1, from the values of the forward pass f. */
double dJdw2(TinyForward f) {
    double dJdyHat = 2 * (f.yHat() - f.y());
    double dyHatdz2 = f.yHat() * (1 - f.yHat());
    return dJdyHat * dyHatdz2 * f.a1();
}

/** Returns ∂J/∂w1 = 2(ŷ - y) · ŷ(1 - ŷ) · w2 · a1(1 - a1) · x, from the values of the forward pass f. */
double dJdw1(TinyForward f) {
    double dJdz2 = 2 * (f.yHat() - f.y()) * f.yHat() * (1 - f.yHat());
    double dJda1 = dJdz2 * f.w2();
    double dJdz1 = dJda1 * f.yHat() * (1 - f.yHat());
    return dJdz1 * f.x();
}
