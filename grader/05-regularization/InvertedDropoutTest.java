import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("inverted-dropout")
class InvertedDropoutTest {
  private static final NdArray INPUT = NdArray.rand(5, 200, 50).add(0.5);

  @Test
  @Points(1)
  void evalModeIsTheIdentity() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.5, 1);
    dropout.eval();
    Tensor out = dropout.forward(Tensor.of(INPUT));
    assertNotNull(out, "forward returned null in eval mode; return the input unchanged");
    assertTrue(out.data().equals(INPUT), "in eval mode (after eval()) forward should return its input unchanged, since"
        + " inverted dropout already scaled the kept units while training; but some values changed");
  }

  @Test
  @Points(1)
  void trainModeZeroesOrScalesEachValue() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.5, 2);
    double[] in = INPUT.toArray();
    double[] out = dropout.forward(Tensor.of(INPUT)).data().toArray();
    assertEquals(in.length, out.length, "forward should keep the input's shape");
    for (int i = 0; i < in.length; i++) {
      if (out[i] != 0 && Math.abs(out[i] - 2 * in[i]) > 1e-9) {
        fail(String.format("in training mode with p = 0.5 each value should become 0 or x / (1 - p) = 2x; input %.4f"
            + " became %.4f (forward uses your dropoutMask: make check(\"dropout-mask\") pass first)", in[i], out[i]));
      }
    }
    boolean anyDropped = false;
    for (double v : out) {
      anyDropped |= v == 0;
    }
    assertTrue(anyDropped, "in training mode (a new module is training) with p = 0.5 about half of 10,000 values"
        + " should be 0, but none is; use isTraining() to tell the modes apart");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void dropsRoughlyTheFractionP() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.2, 3);
    NdArray out = dropout.forward(Tensor.of(NdArray.ones(400, 250))).data();
    double zeros = out.eq(0).mean();
    assertEquals(0.2, zeros, 0.01, String.format("with p = 0.2 about 20%% of the values should be 0, but %.1f%% are", 100 * zeros));
    assertEquals(1.0, out.mean(), 0.02, String.format("dropout should keep the mean of an all-ones input near 1, but it"
        + " is %.4f; scale the kept values by 1 / (1 - p) (in dropoutMask)", out.mean()));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void gradientFlowsThroughKeptUnitsOnly() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.5, 4);
    Tensor x = Tensor.param(NdArray.ones(20, 30));
    Tensor y = dropout.forward(x);
    y.sum().backward();
    NdArray grad = x.grad();
    assertNotNull(grad, "the input got no gradient; build the output from x with tensor operations (x.mul(...))");
    double[] g = grad.toArray();
    double[] out = y.data().toArray();
    for (int i = 0; i < g.length; i++) {
      double expected = out[i] == 0 ? 0 : 2;
      if (Math.abs(g[i] - expected) > 1e-9) {
        fail(String.format("d(sum of outputs)/dx should be 2 = 1/(1 - p) for kept units and 0 for dropped ones; a unit"
            + " with output %.1f got gradient %.4f; multiply x by the mask as Tensor.of(mask)", out[i], g[i]));
      }
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void freshMaskEveryPassAndBackAfterTrain() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.5, 5);
    NdArray first = dropout.forward(Tensor.of(INPUT)).data();
    NdArray second = dropout.forward(Tensor.of(INPUT)).data();
    assertFalse(first.equals(second), "two forward passes in training mode dropped exactly the same units; draw a new"
        + " mask at every forward pass from the module's random");
    dropout.eval();
    dropout.train();
    NdArray again = dropout.forward(Tensor.of(INPUT)).data();
    assertTrue(again.eq(0).mean() > 0.3, "after eval() and then train() dropout should be on again, but "
        + String.format("%.1f%% of the values are 0", 100 * again.eq(0).mean()));
  }
}
