// Mistake: only the first parameter (the weights) is updated, the bias never moves
// Look at: which of the model's parameters your step updates
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
    Tensor p = model.parameters().get(0);
    InPlace.axpy(-learningRate, p.grad(), p.data());
    return objective.item();
}
