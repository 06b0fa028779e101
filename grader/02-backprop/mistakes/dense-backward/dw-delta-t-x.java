// Mistake: ∂L/∂W as δᵀX, which has the shape of Wᵀ
// Look at: the shape of your ∂L/∂W next to the shape of W
// Exercise: dense-backward
/** The three gradients of a dense layer's pre-activation Z = X W + b. */
record DenseGradients(NdArray dW, NdArray db, NdArray dX) {}

/** Given δ = ∂L/∂Z [n, out] for Z = X W + b, returns ∂L/∂W = Xᵀδ, ∂L/∂b = δ summed over the rows, ∂L/∂X = δWᵀ. */
DenseGradients denseBackward(NdArray x, NdArray w, NdArray delta) {
    return new DenseGradients(delta.transpose().matmul(x), delta.sum(0), delta.matmul(w.transpose()));
}
