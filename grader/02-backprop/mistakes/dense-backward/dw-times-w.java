// Mistake: ∂L/∂W scaled by W, as if the weight multiplied itself
// Look at: what ∂L/∂W is multiplied by: does W appear in its own gradient?
// Exercise: dense-backward
/** The three gradients of a dense layer's pre-activation Z = X W + b. */
record DenseGradients(NdArray dW, NdArray db, NdArray dX) {}

/** Given δ = ∂L/∂Z [n, out] for Z = X W + b, returns ∂L/∂W = Xᵀδ, ∂L/∂b = δ summed over the rows, ∂L/∂X = δWᵀ. */
DenseGradients denseBackward(NdArray x, NdArray w, NdArray delta) {
    return new DenseGradients(x.transpose().matmul(delta).mul(w), delta.sum(0), delta.matmul(w.transpose()));
}
