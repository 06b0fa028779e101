// Mistake: penalizes the norm ‖θ‖ = sqrt(Σ θ²) instead of its square
// Look at: what your penalty takes of the weights: compare it with the text's formula
// Exercise: l2-penalty
/**
 * Returns the L2 penalty (λ/2) Σ θ² over every entry of every tensor in params, as a 0-dimensional
 * tensor, so that backward() adds λθ to each parameter's gradient.
 */
Tensor l2Penalty(List<Tensor> params, double lambda) {
    Tensor total = Tensor.scalar(0);
    for (Tensor p : params) {
        total = total.add(p.pow(2).sum());
    }
    return total.pow(0.5).mul(lambda / 2);
}
