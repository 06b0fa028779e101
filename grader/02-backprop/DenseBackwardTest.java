import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("dense-backward")
class DenseBackwardTest {
  private static final NdArray X = NdArray.of(new double[][] {{1, 2}, {0, -1}, {3, 1}});
  private static final NdArray W = NdArray.of(new double[][] {{1, -1, 2}, {0.5, 0, 1}});
  private static final NdArray DELTA = NdArray.of(new double[][] {{1, 0, -1}, {2, 1, 0}, {0, -2, 1}});

  /** Returns autograd's ∂L/∂W, ∂L/∂b, ∂L/∂X for L = Σ (X W + b) ⊙ δ, whose ∂L/∂Z is exactly δ. */
  private static NdArray[] autograd(NdArray x, NdArray w, NdArray delta) {
    Tensor tx = Tensor.param(x);
    Tensor tw = Tensor.param(w);
    Tensor tb = Tensor.param(NdArray.zeros(w.shape()[1]));
    tx.matmul(tw).add(tb).mul(Tensor.of(delta)).sum().backward();
    return new NdArray[] {tw.grad(), tb.grad(), tx.grad()};
  }

  private static Submission.DenseGradients gradients(NdArray x, NdArray w, NdArray delta) {
    Submission.DenseGradients g;
    try {
      g = Submission.denseBackward(x, w, delta);
    } catch (UnsupportedOperationException e) {
      if (String.valueOf(e.getMessage()).startsWith("TODO ")) {
        throw e;
      }
      return fail("denseBackward threw " + e);
    } catch (RuntimeException e) {
      return fail("denseBackward threw " + e + "; check the shapes: X is [n, in], W [in, out], δ [n, out]");
    }
    assertNotNull(g, "denseBackward returned null");
    return g;
  }

  private static void assertClose(NdArray expected, NdArray actual, String what, String hint) {
    assertNotNull(actual, what + " is null");
    assertArrayEquals(expected.shape(), actual.shape(), what + " should have shape " + Arrays.toString(expected.shape())
        + " but has shape " + Arrays.toString(actual.shape()) + ". " + hint);
    if (!expected.allClose(actual, 1e-9, 1e-12)) {
      fail(what + " should be\n" + expected + "\n(as autograd computes it) but was\n" + actual + "\n" + hint);
    }
  }

  @Test
  @Points(1)
  void weightGradient() {
    assertClose(autograd(X, W, DELTA)[0], gradients(X, W, DELTA).dW(), "∂L/∂W",
        "Each weight W[i][j] multiplies input i into output j in every row: which product of X and δ sums x_i δ_j "
            + "over the rows, and has the shape of W?");
  }

  @Test
  @Points(1)
  void biasGradient() {
    assertClose(autograd(X, W, DELTA)[1], gradients(X, W, DELTA).db(), "∂L/∂b",
        "b[j] is added to output j of every row: how many times does it reach the loss, and with which δ each time?");
  }

  @Test
  @Points(1)
  void inputGradient() {
    assertClose(autograd(X, W, DELTA)[2], gradients(X, W, DELTA).dX(), "∂L/∂X",
        "x_i reaches every output j through W[i][j]: which product of δ and W gives a result shaped like X?");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void randomShapesAgreeWithAutograd() {
    Random random = new Random(17);
    for (int trial = 0; trial < 3; trial++) {
      int n = 2 + random.nextInt(4), in = 1 + random.nextInt(4), out = 1 + random.nextInt(4);
      NdArray x = NdArray.randn(random, n, in);
      NdArray w = NdArray.randn(random, in, out);
      NdArray delta = NdArray.randn(random, n, out);
      NdArray[] expected = autograd(x, w, delta);
      Submission.DenseGradients g = gradients(x, w, delta);
      String shapes = " for X " + Arrays.toString(x.shape()) + ", W " + Arrays.toString(w.shape());
      assertClose(expected[0], g.dW(), "∂L/∂W" + shapes, "");
      assertClose(expected[1], g.db(), "∂L/∂b" + shapes, "");
      assertClose(expected[2], g.dX(), "∂L/∂X" + shapes, "");
    }
  }
}
