import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.BinaryCrossEntropy;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.MSE;
import org.dlkit.nn.Sequential;
import org.dlkit.nn.Sigmoid;
import org.junit.jupiter.api.Test;

@Exercise("sgd-step")
class SgdStepTest {
  // One neuron ŷ = w x + b, w = 2, b = 0.5, on x = [1, 2], y = [1, 3]: residuals 1.5, 1.5, J = 2.25,
  // ∂J/∂w = mean(2 r x) = 4.5, ∂J/∂b = mean(2 r) = 3.
  private static Dense line() {
    Dense layer = new Dense(1, 1, new Identity(), Initializers.zeros(), 0);
    layer.setWeights(NdArray.of(new double[][] {{2}}));
    layer.setBias(NdArray.of(0.5));
    return layer;
  }

  private static final NdArray X = NdArray.of(new double[][] {{1}, {2}});
  private static final NdArray Y = NdArray.of(1, 3);

  @Test
  @Points(1)
  void movesEachParameterAgainstItsGradient() {
    Dense layer = line();
    Submission.sgdStep(layer, new MSE(), X, Y, 0.1);
    double w = layer.weights().data().item();
    double b = layer.bias().data().item();
    String hint = ". Change p.data() in place by -η · p.grad() after backward()";
    if (w == 2) {
      hint = ". w did not move: NdArray operations such as sub return a new array (change p.data() in place, with"
          + " InPlace.axpy), and the gradients must still be there when you use them (zeroGrad() before the forward"
          + " pass, not between backward() and the update)";
    } else if (Math.abs(w - 2.45) < 1e-12) {
      hint = ". That is a step uphill, +η · ∂J/∂w: gradient descent moves against the gradient";
    }
    assertEquals(2 - 0.1 * 4.5, w, 1e-12, "for ŷ = w x + b with w = 2, b = 0.5 on x = [1, 2], y = [1, 3], ∂J/∂w = 4.5,"
        + " so one step with η = 0.1 should leave w = 1.55, but w is " + w + hint);
    assertEquals(0.5 - 0.1 * 3, b, 1e-12, "∂J/∂b = 3, so one step with η = 0.1 should leave b = 0.2, but b is " + b
        + ". Update every parameter in model.parameters(), the bias too");
  }

  @Test
  @Points(1)
  void returnsTheLossBeforeTheStep() {
    double loss = Submission.sgdStep(line(), new MSE(), X, Y, 0.1);
    assertEquals(2.25, loss, 1e-12, "the loss before the step is mean((2.5 - 1)², (4.5 - 3)²) = 2.25, but sgdStep"
        + " returned " + loss + ". Return the loss computed in this step's forward pass, before the update");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void clearsOldGradientsEveryStep() {
    NdArray x = NdArray.of(new double[][] {{4, 5}, {1, 1}, {9, 2}, {0.5, 7}});
    NdArray y = NdArray.of(1, 0, 1, 0);
    Sequential mine = network();
    Sequential reference = network();
    for (int step = 1; step <= 3; step++) {
      Submission.sgdStep(mine, BinaryCrossEntropy.onProbabilities(), x, y, 0.3);
      reference.zeroGrad();
      Tensor loss = BinaryCrossEntropy.onProbabilities().compute(reference.forward(Tensor.of(x)), y);
      loss.backward();
      for (Tensor p : reference.parameters()) {
        org.dlkit.nd.InPlace.axpy(-0.3, p.grad(), p.data());
      }
      for (int i = 0; i < mine.parameters().size(); i++) {
        NdArray got = mine.parameters().get(i).data();
        NdArray expected = reference.parameters().get(i).data();
        if (!expected.allClose(got, 1e-9, 1e-12)) {
          fail("after " + step + " step" + (step == 1 ? "" : "s") + " on a 2 → 3 → 1 network, parameter " + i
              + " should be\n" + expected + "\nbut was\n" + got + "\n" + (step == 1
              ? "Already the first step differs: move every parameter (weights and biases of both layers) by"
                  + " -η · p.grad(), in place, after backward()"
              : "The first step was right and a later one is not: gradients add up over backward() calls, so clear"
                  + " them (model.zeroGrad()) at the start of every step"));
        }
      }
    }
  }

  private static Sequential network() {
    return new Sequential(new Dense(2, 3, new Sigmoid(), Initializers.xavierUniform(), 5),
        new Dense(3, 1, new Sigmoid(), Initializers.xavierUniform(), 6));
  }
}
