// Mistake: returns the loss recomputed after the update instead of the loss before the step
// Look at: which loss your step returns: the one before or after the update?
// Exercise: sgd-step
/**
 * Takes one step of gradient descent on model for the examples x (one per row) with targets y:
 * clears the old gradients, computes the loss, backpropagates, and moves every parameter by
 * -learningRate times its gradient. Returns the loss before the step.
 */
double sgdStep(Module model, Loss loss, NdArray x, NdArray y, double learningRate) {
    model.zeroGrad();
    Tensor objective = loss.compute(model.forward(Tensor.of(x)), y);
    objective.backward();
    for (Tensor p : model.parameters()) {
        InPlace.axpy(-learningRate, p.grad(), p.data());
    }
    return loss.compute(model.forward(Tensor.of(x)), y).item();
}
