// Mistake: computes the penalty from the arrays (p.data()) and wraps the number in a new tensor, so backward() adds nothing to the parameters' gradients
// Look at: what your penalty is built from: can backward() reach the parameters through it?
// Exercise: l2-penalty
/**
 * Returns the L2 penalty (λ/2) Σ θ² over every entry of every tensor in params, as a 0-dimensional
 * tensor, so that backward() adds λθ to each parameter's gradient.
 */
Tensor l2Penalty(List<Tensor> params, double lambda) {
    double total = 0;
    for (Tensor p : params) {
        total += p.data().pow(2).sum();
    }
    return Tensor.scalar(lambda / 2 * total);
}
