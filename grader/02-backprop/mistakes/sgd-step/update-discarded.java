// Mistake: p.data().sub(...) returns a new array, which is thrown away: the parameters never change
// Look at: what happens to the result of your update: do the parameters' arrays actually change?
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
        p.data().sub(p.grad().mul(learningRate));
    }
    return objective.item();
}
