import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("network")
class NetworkTest {
  static void assertClose(NdArray expected, NdArray actual, String what, String hint) {
    assertNotNull(actual, what + " returned null");
    assertArrayEquals(expected.shape(), actual.shape(), what + " should have shape " + Arrays.toString(expected.shape())
        + " but has shape " + Arrays.toString(actual.shape()) + ". " + hint);
    if (!expected.allClose(actual, 1e-9, 1e-12)) {
      fail(what + " should be\n" + expected + "\nbut was\n" + actual + "\n" + hint);
    }
  }

  /** g(x W + b) computed here, so the test does not depend on the dense exercise. */
  private static NdArray dense(NdArray x, NdArray w, NdArray b, boolean sigmoid) {
    NdArray z = x.matmul(w).add(b);
    return sigmoid ? z.sigmoid() : z.maximum(0);
  }

  @Test
  @Points(1)
  void twoLayers() {
    Random random = new Random(1);
    NdArray w1 = NdArray.randn(random, 2, 3);
    NdArray b1 = NdArray.randn(random, 3);
    NdArray w2 = NdArray.randn(random, 3, 1);
    NdArray b2 = NdArray.randn(random, 1);
    NdArray x = NdArray.of(new double[][] {{4, 5}, {1, 0}});
    NdArray expected = dense(dense(x, w1, b1, true), w2, b2, true);
    Submission.Mlp mlp = new Submission.Mlp(List.of(
        new Submission.Layer(w1, b1, v -> 1 / (1 + Math.exp(-v))),
        new Submission.Layer(w2, b2, v -> 1 / (1 + Math.exp(-v)))));
    assertClose(expected, mlp.forward(x), "a 2 → 3 → 1 sigmoid network on 2 examples",
        "the first layer's output, not x, is the second layer's input. (If this fails, check the dense exercise too)");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void anyDepthInOrder() {
    Random random = new Random(2);
    NdArray w1 = NdArray.randn(random, 2, 4);
    NdArray w2 = NdArray.randn(random, 4, 3);
    NdArray w3 = NdArray.randn(random, 3, 2);
    NdArray b1 = NdArray.randn(random, 4);
    NdArray b2 = NdArray.randn(random, 3);
    NdArray b3 = NdArray.randn(random, 2);
    NdArray x = NdArray.randn(random, 5, 2);
    NdArray expected = dense(dense(dense(x, w1, b1, false), w2, b2, false), w3, b3, true);
    Submission.Mlp deep = new Submission.Mlp(List.of(
        new Submission.Layer(w1, b1, v -> Math.max(0, v)),
        new Submission.Layer(w2, b2, v -> Math.max(0, v)),
        new Submission.Layer(w3, b3, v -> 1 / (1 + Math.exp(-v)))));
    assertClose(expected, deep.forward(x), "a 2 → 4 → 3 → 2 network (ReLU, ReLU, sigmoid) on 5 examples",
        "apply every layer, first to last");
    Submission.Mlp single = new Submission.Mlp(List.of(new Submission.Layer(w1, b1, v -> Math.max(0, v))));
    assertClose(dense(x, w1, b1, false), single.forward(x), "a network of one 2 → 4 ReLU layer",
        "with one layer the network is that layer");
  }
}
