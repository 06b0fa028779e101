// Mistake: skips the biases (1-dimensional tensors), though the text penalizes every parameter
// Look at: which parameters your penalty covers
// Exercise: l2-penalty
/**
 * Returns the L2 penalty (λ/2) Σ θ² over every entry of every tensor in params, as a 0-dimensional
 * tensor, so that backward() adds λθ to each parameter's gradient.
 */
Tensor l2Penalty(List<Tensor> params, double lambda) {
    Tensor total = Tensor.scalar(0);
    for (Tensor p : params) {
        if (p.ndim() < 2) {
            continue;
        }
        total = total.add(p.pow(2).sum());
    }
    return total.mul(lambda / 2);
}
