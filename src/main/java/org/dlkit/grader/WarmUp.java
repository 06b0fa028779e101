package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dlkit.autograd.Tensor;
import org.dlkit.autograd.Value;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.BinaryCrossEntropy;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Sequential;
import org.dlkit.nn.Sigmoid;
import org.dlkit.nn.Tanh;
import org.dlkit.optim.Sgd;
import org.junit.jupiter.api.Test;

/**
 * A test for the sandbox's first JVM to run while it records its class-data archive, so that the
 * archive holds the classes JUnit needs to run any test and the library classes lab tests use most:
 * arrays, a small network's forward and backward pass, an optimizer step, the scalar engine.
 */
public final class WarmUp {
  /** Runs {@link #runs} through dlkit's JUnit runner, as a graded test runs, so that the archive holds both. */
  public static void main(String[] args) {
    new org.dlkit.exercise.TestRunner(java.time.Duration.ofSeconds(60)).run(WarmUp.class.getClassLoader(),
        new org.dlkit.exercise.PlannedTest("warm-up", WarmUp.class.getName(), "runs"));
    Runtime.getRuntime().halt(0);
  }

  /** Trains a tiny network for one step and backpropagates through a scalar expression. */
  @Test
  public void runs() {
    NdArray x = NdArray.randn(1, 8, 4);
    NdArray y = NdArray.of(new double[] {0, 1, 0, 1, 1, 0, 1, 0}, 8, 1);
    Sequential model = new Sequential(new Dense(4, 8, new Tanh()), new Dense(8, 1, new Sigmoid()));
    Sgd optimizer = Sgd.of(model.parameters(), 0.1);
    Tensor loss = BinaryCrossEntropy.onProbabilities().compute(model.forward(Tensor.of(x)), y);
    loss.backward();
    optimizer.step();
    assertTrue(Double.isFinite(loss.data().sum()), "a finite loss");
    Value z = Value.of(0.5).mul(Value.of(2)).tanh();
    z.backward();
    assertEquals(1 - z.data() * z.data(), z.children().get(0).grad(), 1e-12, "the scalar engine's gradient");
  }
}
