// Mistake: ∂L/∂X as Z Wᵀ, the forward output in place of δ
// Look at: what ∂L/∂X is built from: the forward output or the gradient δ?
// Exercise: dense-backward
/** The three gradients of a dense layer's pre-activation Z = X W + b. */
record DenseGradients(NdArray dW, NdArray db, NdArray dX) {}

/** Given δ = ∂L/∂Z [n, out] for Z = X W + b, returns ∂L/∂W = Xᵀδ, ∂L/∂b = δ summed over the rows, ∂L/∂X = δWᵀ. */
DenseGradients denseBackward(NdArray x, NdArray w, NdArray delta) {
    return new DenseGradients(x.transpose().matmul(delta), delta.sum(0), x.matmul(w).matmul(w.transpose()));
}
