// Mistake: ∂L/∂b averaged over the rows instead of summed
// Look at: how the rows of δ combine into ∂L/∂b: is every example's share counted in full?
// Exercise: dense-backward
/** The three gradients of a dense layer's pre-activation Z = X W + b. */
record DenseGradients(NdArray dW, NdArray db, NdArray dX) {}

/** Given δ = ∂L/∂Z [n, out] for Z = X W + b, returns ∂L/∂W = Xᵀδ, ∂L/∂b = δ summed over the rows, ∂L/∂X = δWᵀ. */
DenseGradients denseBackward(NdArray x, NdArray w, NdArray delta) {
    return new DenseGradients(x.transpose().matmul(delta), delta.mean(0), delta.matmul(w.transpose()));
}
