package org.dlkit.train;

/** Thrown when the loss becomes NaN or infinite: the step was too large and training blew up. */
public final class DivergenceException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  private final double learningRate;

  DivergenceException(int epoch, int step, double loss, double learningRate) {
    super(String.format("Training diverged at epoch %d, step %d: the loss became %s with learning rate %s."
        + " Lower the learning rate (try %s) and train again.", epoch, step, loss, learningRate, learningRate / 10));
    this.learningRate = learningRate;
  }

  /** Returns the learning rate in use when the loss blew up. */
  public double learningRate() {
    return learningRate;
  }
}
