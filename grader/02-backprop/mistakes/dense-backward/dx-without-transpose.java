// Mistake: ∂L/∂X as δ times W without the transpose (only fits when in = out)
// Look at: the shapes in ∂L/∂X: does δ times W fit when the layer's in and out sizes differ?
// Exercise: dense-backward
/** The three gradients of a dense layer's pre-activation Z = X W + b. */
record DenseGradients(NdArray dW, NdArray db, NdArray dX) {}

/** Given δ = ∂L/∂Z [n, out] for Z = X W + b, returns ∂L/∂W = Xᵀδ, ∂L/∂b = δ summed over the rows, ∂L/∂X = δWᵀ. */
DenseGradients denseBackward(NdArray x, NdArray w, NdArray delta) {
    return new DenseGradients(x.transpose().matmul(delta), delta.sum(0), delta.matmul(w));
}
