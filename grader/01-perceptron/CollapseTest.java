import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("collapse")
class CollapseTest {
  private static final NdArray W1 = NdArray.of(new double[][] {{1, 2, 0}, {0, -1, 3}});
  private static final NdArray B1 = NdArray.of(1, 0, -1);
  private static final NdArray W2 = NdArray.of(new double[][] {{2}, {1}, {-1}});
  private static final NdArray B2 = NdArray.of(0.5);

  static void assertClose(NdArray expected, NdArray actual, String what, String hint) {
    assertNotNull(actual, what + " is null");
    assertArrayEquals(expected.shape(), actual.shape(), what + " should have shape " + Arrays.toString(expected.shape())
        + " but has shape " + Arrays.toString(actual.shape()) + ". " + hint);
    if (!expected.allClose(actual, 1e-9, 1e-12)) {
      fail(what + " should be\n" + expected + "\nbut was\n" + actual + "\n" + hint);
    }
  }

  private static Submission.Linear collapse() {
    Submission.Linear one = new Submission.Linear(W1, B1).then(new Submission.Linear(W2, B2));
    assertNotNull(one, "then returned null; it should return a new Linear");
    return one;
  }

  @Test
  @Points(1)
  void weightsMultiply() {
    assertClose(NdArray.of(new double[][] {{4}, {-4}}), collapse().w(),
        "the weights of Linear(W1 = [[1, 2, 0], [0, -1, 3]], b1).then(Linear(W2 = [[2], [1], [-1]], b2))",
        "x W1 W2 means the collapsed weights are W1.matmul(W2), [2, 3] times [3, 1] = [2, 1]");
  }

  @Test
  @Points(1)
  void sameOutputsAsTheStack() {
    NdArray x = NdArray.of(new double[][] {{1, 1}, {-2, 0.5}, {0, 3}});
    NdArray twoSteps = new Submission.Linear(W2, B2).apply(new Submission.Linear(W1, B1).apply(x));
    assertClose(twoSteps, collapse().apply(x), "the collapsed map applied to a batch of 3",
        "it must give what applying the first map and then the second gives; check its bias b1 W2 + b2");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void biasAndLongerStacks() {
    assertClose(NdArray.of(3.5), collapse().b(), "the bias of Linear(W1, b1 = [1, 0, -1]).then(Linear(W2, b2 = [0.5]))",
        "b1 goes through W2 as well: b = b1 W2 + b2 = 1·2 + 0·1 + (-1)·(-1) + 0.5 = 3.5");
    Random random = new Random(9);
    Submission.Linear a = new Submission.Linear(NdArray.randn(random, 3, 4), NdArray.randn(random, 4));
    Submission.Linear b = new Submission.Linear(NdArray.randn(random, 4, 5), NdArray.randn(random, 5));
    Submission.Linear c = new Submission.Linear(NdArray.randn(random, 5, 2), NdArray.randn(random, 2));
    NdArray x = NdArray.randn(random, 6, 3);
    assertClose(c.apply(b.apply(a.apply(x))), a.then(b).then(c).apply(x),
        "three maps 3 → 4 → 5 → 2 collapsed with a.then(b).then(c), applied to 6 examples",
        "W = W1 W2 and b = b1 W2 + b2 must hold for any shapes, not only for one output");
  }
}
