package org.dlkit.train;

import org.dlkit.autograd.NoGrad;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.nn.Loss;
import org.dlkit.nn.Metrics;
import org.dlkit.nn.Module;

/** A model's loss and accuracy on a whole dataset, with the class it predicted for each example. */
public record Evaluation(double loss, double accuracy, int[] predicted) {

  /**
   * Evaluates {@code model} on {@code data} in evaluation mode without recording a graph, then puts
   * the model back in the mode it was in. Accuracy is NaN for a regression loss.
   */
  public static Evaluation of(Module model, Loss loss, Dataset data) {
    boolean wasTraining = model.isTraining();
    model.eval();
    try (NoGrad scope = Tensor.noGrad()) {
      Tensor output = model.forward(Tensor.of(data.features()));
      double value = loss.compute(output, data.targets()).item();
      int[] predicted = loss.predictedClasses(output.data());
      double accuracy = predicted == null || !data.isClassification()
          ? Double.NaN : Metrics.accuracy(predicted, data.labels());
      return new Evaluation(value, accuracy, predicted);
    } finally {
      if (wasTraining) {
        model.train();
      }
    }
  }
}
