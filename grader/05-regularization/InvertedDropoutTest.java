import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

/**
 * The layer is checked against the student's own dropoutMask (the masks a {@code new Random(seed)}
 * gives, pass after pass), or failing that against what inverted dropout must do, so a wrong mask
 * costs points in {@code dropout-mask} only.
 */
@Exercise("inverted-dropout")
class InvertedDropoutTest {
  private static final NdArray INPUT = NdArray.rand(5, 200, 50).add(0.5);

  /** Returns the masks the student's dropoutMask gives for passes 1..passes from one {@code new Random(seed)}, or null if it throws. */
  private static NdArray[] ownMasks(int[] shape, double p, long seed, int passes) {
    try {
      Random random = new Random(seed);
      NdArray[] masks = new NdArray[passes];
      for (int k = 0; k < passes; k++) {
        masks[k] = Submission.dropoutMask(shape, p, random);
      }
      return masks;
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Returns whether out is x times the student's mask. */
  private static boolean isMasked(NdArray out, NdArray x, NdArray mask) {
    return mask != null && out.allClose(x.mul(mask), 1e-12, 1e-12);
  }

  /** Returns whether every value of out is 0 or x / (1 - p), and about p of them are 0: inverted dropout, whatever the mask's recipe. */
  private static boolean isInvertedDropout(NdArray out, NdArray x, double p) {
    double[] in = x.toArray();
    double[] values = out.toArray();
    int zeros = 0;
    for (int i = 0; i < in.length; i++) {
      if (values[i] == 0) {
        zeros++;
      } else if (Math.abs(values[i] - in[i] / (1 - p)) > 1e-9 * Math.abs(in[i] / (1 - p))) {
        return false;
      }
    }
    return Math.abs((double) zeros / in.length - p) < 0.05;
  }

  @Test
  @Points(1)
  void evalModeIsTheIdentity() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.5, 1);
    dropout.eval();
    Tensor out = dropout.forward(Tensor.of(INPUT));
    assertReturned(out, "forward in eval mode", "return the input unchanged");
    NdArray y = out.data();
    assertTrue(y.equals(INPUT), "in eval mode (after eval()) forward should return its input unchanged, since"
        + " inverted dropout already scaled the kept units while training; but "
        + (y.allClose(INPUT.mul(0.5), 1e-12, 1e-12) ? "it was multiplied by 1 - p, as classic dropout does at test time"
            : y.eq(0).mean() > 0 ? String.format("%.0f%% of the values are 0: are units dropped in eval mode too?",
                100 * y.eq(0).mean()) : "some values changed"));
  }

  @Test
  @Points(1)
  void trainModeMultipliesByAMask() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.5, 2);
    Tensor result = dropout.forward(Tensor.of(INPUT));
    assertReturned(result, "forward in training mode", "return x times the mask");
    NdArray out = result.data();
    assertEquals(INPUT.size(), out.size(), "forward should keep the input's shape");
    NdArray[] masks = ownMasks(INPUT.shape(), 0.5, 2, 1);
    if (isMasked(out, INPUT, masks == null ? null : masks[0]) || isInvertedDropout(out, INPUT, 0.5)) {
      return;
    }
    if (out.equals(INPUT)) {
      fail("in training mode (a new module is training) with p = 0.5 about half of the 10,000 values should be 0, but"
          + " the input came back unchanged: which mode drops units? isTraining() tells");
    }
    if (masks != null && out.allClose(INPUT.mul(masks[0]).mul(2), 1e-12, 1e-12)) {
      fail("in training mode with p = 0.5 each value should become x times the mask, 0 or x / (1 - p) = 2x, but the"
          + " kept values became 4x: the mask from dropoutMask already holds 1 / (1 - p); scale only once");
    }
    fail("in training mode with p = 0.5 forward should multiply x by a fresh mask from your dropoutMask(x.shape(), p,"
        + " random), so each value becomes 0 or x / (1 - p) = 2x; but it did not");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void dropsRoughlyTheFractionPAndKeepsTheMean() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.2, 3);
    NdArray ones = NdArray.ones(400, 250);
    NdArray out = dropout.forward(Tensor.of(ones)).data();
    NdArray[] masks = ownMasks(ones.shape(), 0.2, 3, 1);
    if (isMasked(out, ones, masks == null ? null : masks[0])) {
      return;
    }
    double zeros = out.eq(0).mean();
    assertEquals(0.2, zeros, 0.01, String.format("with p = 0.2 about 20%% of the values should be 0, but %.1f%% are", 100 * zeros));
    assertEquals(1.0, out.mean(), 0.02, String.format("dropout should keep the mean of an all-ones input near 1, but it"
        + " is %.4f; the kept values are scaled by 1 / (1 - p) once (dropoutMask does it)", out.mean()));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void gradientFlowsThroughKeptUnitsOnly() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.5, 4);
    Tensor x = Tensor.param(NdArray.ones(20, 30));
    Tensor y = dropout.forward(x);
    assertTrue(y.requiresGrad(), "the output is not connected to the input in the graph, so no gradient can reach"
        + " x: build it from x with tensor operations (x.mul(Tensor.of(mask))), not from x.data()");
    y.sum().backward();
    NdArray grad = x.grad();
    assertNotNull(grad, "the input got no gradient; build the output from x with tensor operations (x.mul(...))");
    // for x = 1 the output is the mask itself, and d(sum of outputs)/dx is the mask too
    assertTrue(grad.allClose(y.data(), 1e-9, 1e-12), "for an all-ones input the output is the mask m, so d(sum of"
        + " outputs)/dx should be m as well: 1 / (1 - p) for kept units and 0 for dropped ones; but the gradient"
        + " differs: multiply x by the mask as a constant tensor, Tensor.of(mask)");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void freshMaskEveryPassAndBackAfterTrain() {
    Submission.InvertedDropout dropout = new Submission.InvertedDropout(0.5, 5);
    NdArray first = dropout.forward(Tensor.of(INPUT)).data();
    NdArray second = dropout.forward(Tensor.of(INPUT)).data();
    NdArray[] masks = ownMasks(INPUT.shape(), 0.5, 5, 2);
    boolean replayed = isMasked(first, INPUT, masks == null ? null : masks[0])
        && isMasked(second, INPUT, masks == null ? null : masks[1]);
    if (!replayed) {
      assertFalse(first.equals(second), "two forward passes in training mode dropped exactly the same units; every"
          + " pass draws a new mask from the random the module keeps (a new Random(seed) per pass, or a mask drawn"
          + " once and kept, repeats the first one)");
    }
    dropout.eval();
    dropout.train();
    NdArray again = dropout.forward(Tensor.of(INPUT)).data();
    assertFalse(again.equals(INPUT), "after eval() and then train() dropout should be on again, but the input came"
        + " back unchanged; ask isTraining() at every forward pass");
  }
}
