// Mistake: ∂L/∂b summed over the outputs of each row (axis 1) instead of over the rows
// Look at: the axis you sum δ over for ∂L/∂b, and the shape that gives
// Exercise: dense-backward
/** The three gradients of a dense layer's pre-activation Z = X W + b. */
record DenseGradients(NdArray dW, NdArray db, NdArray dX) {}

/** Given δ = ∂L/∂Z [n, out] for Z = X W + b, returns ∂L/∂W = Xᵀδ, ∂L/∂b = δ summed over the rows, ∂L/∂X = δWᵀ. */
DenseGradients denseBackward(NdArray x, NdArray w, NdArray delta) {
    return new DenseGradients(x.transpose().matmul(delta), delta.sum(1), delta.matmul(w.transpose()));
}
