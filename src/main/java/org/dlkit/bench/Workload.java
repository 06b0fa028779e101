package org.dlkit.bench;

/**
 * The training workloads that dlkit and its peers run step for step, each with the target:
 * dlkit's median step time at most {@code target} times PyTorch's in f64.
 */
public enum Workload {
  W1("2-16-16-1 tanh/sigmoid, 200 moons points, full batch, BCE + SGD", 0.25),
  W2("XOR, 2-3-1 sigmoid, full batch, MSE + SGD", 0.1),
  W3("784-128-10 ReLU, batch 64, softmax CE + SGD", 0.9),
  W4("W3 + dropout 0.5 on the hidden layer, Adam", 0.9);

  private final String description;
  private final double target;

  Workload(String description, double target) {
    this.description = description;
    this.target = target;
  }

  /** Returns what the workload trains, for the report. */
  public String description() {
    return description;
  }

  /** Returns the largest ratio of dlkit's step time to PyTorch's (f64) that meets the target. */
  public double target() {
    return target;
  }

  /** Returns true for the image workloads, which train on Fashion-MNIST batches of 64. */
  public boolean images() {
    return this == W3 || this == W4;
  }
}
