// Mistake: takes the mean of each tensor's squares instead of their sum
// Look at: how your penalty combines each tensor's squares
// Exercise: l2-penalty
/**
 * Returns the L2 penalty (λ/2) Σ θ² over every entry of every tensor in params, as a 0-dimensional
 * tensor, so that backward() adds λθ to each parameter's gradient.
 */
Tensor l2Penalty(List<Tensor> params, double lambda) {
    Tensor total = Tensor.scalar(0);
    for (Tensor p : params) {
        total = total.add(p.pow(2).mean());
    }
    return total.mul(lambda / 2);
}
