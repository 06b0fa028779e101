/**
 * Updates a model's parameters from their gradients: {@link org.dlkit.optim.Optimizer} with
 * {@link org.dlkit.optim.Sgd}, {@link org.dlkit.optim.Adagrad}, {@link org.dlkit.optim.Rmsprop},
 * {@link org.dlkit.optim.Adam} and {@link org.dlkit.optim.AdamW}, and learning-rate schedules made
 * by {@link org.dlkit.optim.Schedules}.
 *
 * <p>Every update rule follows PyTorch's {@code torch.optim}, defaults included, and is written
 * out in its class comment and again beside the code that does it. Where PyTorch's form differs
 * from a textbook's (SGD's velocity sums gradients instead of steps; Adam's ε is added outside the
 * square root of the bias-corrected average), PyTorch's is the one used, so numbers from a
 * notebook can be checked against PyTorch.
 */
package org.dlkit.optim;
