import static org.dlkit.exercise.GraderAssertions.assertClose;
import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("l2-penalty")
class L2PenaltyTest {
  @Test
  @Points(1)
  void valueIsHalfLambdaTimesSumOfSquares() {
    Tensor a = Tensor.param(1, -2);
    Tensor b = Tensor.param(NdArray.of(new double[][] {{3}}));
    Tensor penalty = Submission.l2Penalty(List.of(a, b), 0.5);
    assertReturned(penalty, "l2Penalty", "");
    double value = penalty.item();
    String hint = Math.abs(value - 7) < 1e-9 ? ": twice too much; where does the 1/2 of (λ/2) go?"
        : Math.abs(value - 1.75) < 1e-9 ? ": λ was squared; λ multiplies Σ θ² once"
        : Math.abs(value - 2.875) < 1e-9 ? ": the squares were averaged per tensor; the penalty sums them"
        : Math.abs(value - 0.25 * Math.sqrt(14)) < 1e-9 ? ": that is (λ/2)‖θ‖, the norm; the penalty uses its square"
        : Math.abs(value - 0.25 * 9) < 1e-9 ? ": only the [1, 1] tensor was penalized; the text penalizes every"
            + " parameter, biases included"
        : "";
    assertEquals(3.5, value, 1e-12, "for θ = (1, -2) and (3) with λ = 0.5 the penalty is 0.5/2 · (1 + 4 + 9)"
        + " = 3.5, but l2Penalty gave " + value + hint);
    assertEquals(0, penalty.ndim(), "the penalty should be a 0-dimensional tensor (one number), but has shape "
        + java.util.Arrays.toString(penalty.shape()) + "; sum each tensor's squares with .sum()");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void gradientIsLambdaTheta() {
    Tensor w = Tensor.param(NdArray.of(new double[][] {{0.5, -1.5}, {2, 0}}));
    Tensor bias = Tensor.param(4, -3);
    Tensor penalty = Submission.l2Penalty(List.of(w, bias), 0.1);
    assertTrue(penalty.requiresGrad(), "the penalty is not connected to the parameters in the graph, so backward()"
        + " cannot reach them: build it from the tensors with tensor operations (pow, sum, add, mul), not from their"
        + " arrays p.data()");
    penalty.backward();
    assertNotNull(w.grad(), "the weights got no gradient; build the penalty from the tensors with tensor operations"
        + " (pow, sum, add, mul), not from their arrays");
    assertClose(w.data().mul(0.1), w.grad(), "the weights' gradient for λ = 0.1 and W = " + w.data(),
        "the gradient of (λ/2) Σ θ² is λθ" + (w.grad().allClose(w.data().mul(0.2), 1e-9, 1e-12)
            ? "; that is 2λθ: the 1/2 is missing" : ""));
    assertClose(bias.data().mul(0.1), bias.grad(), "the bias's gradient for b = (4, -3) and λ = 0.1", "every tensor in"
        + " the list is penalized, the 1-dimensional bias too (the text includes the biases)");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void zeroLambdaOrNoParametersCostNothing() {
    assertClose(0.0, Submission.l2Penalty(List.of(Tensor.param(3, 4)), 0).item(), 1e-12, "the penalty with λ = 0", "");
    assertClose(0.0, Submission.l2Penalty(List.of(), 0.3).item(), 1e-12, "the penalty of no parameters",
        "start the sum from Tensor.scalar(0)");
  }
}
