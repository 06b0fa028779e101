import static org.dlkit.exercise.GraderAssertions.assertClose;
import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.dlkit.exercise.GraderAssertions.assertRuns;

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

  private static Submission.Linear then(Submission.Linear first, Submission.Linear next) {
    return assertRuns(() -> first.then(next), "then", "x W1 W2 multiplies W1 [in, mid] by W2 [mid, out] in that order,"
        + " w.matmul(next.w()); the bias b1 [mid] goes through W2 too: b1.matmul(next.w()) + b2");
  }

  private static Submission.Linear collapse() {
    Submission.Linear one = then(new Submission.Linear(W1, B1), new Submission.Linear(W2, B2));
    assertReturned(one, "then", "it should return a new Linear");
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
    Submission.Linear one = collapse();
    assertClose(twoSteps, one.apply(x), "the collapsed map applied to a batch of 3",
        "it must give what applying the first map and then the second gives; check its bias. " + biasHint(one.b()));
  }

  /** Names the usual wrong collapsed bias, or says how to compute it. */
  private static String biasHint(NdArray b) {
    String rule = "b = b1 W2 + b2 = 1·2 + 0·1 + (-1)·(-1) + 0.5 = 3.5";
    if (b == null) {
      return rule;
    }
    if (b.allClose(B1.add(B2), 1e-9, 1e-12) || b.allClose(B1, 1e-9, 1e-12)) {
      return "That is b1 (+ b2) without W2: the first map's bias goes through the second map's weights, " + rule;
    }
    if (b.allClose(B2, 1e-9, 1e-12)) {
      return "That is b2 alone: b1 does not vanish, it goes through W2, " + rule;
    }
    if (b.allClose(B1.matmul(W2), 1e-9, 1e-12)) {
      return "That is b1 W2 without b2: the second map still adds its own bias, " + rule;
    }
    return rule;
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void biasAndLongerStacks() {
    NdArray bias = collapse().b();
    assertClose(NdArray.of(3.5), bias, "the bias of Linear(W1, b1 = [1, 0, -1]).then(Linear(W2, b2 = [0.5]))",
        biasHint(bias));
    Random random = new Random(9);
    Submission.Linear a = new Submission.Linear(NdArray.randn(random, 3, 4), NdArray.randn(random, 4));
    Submission.Linear b = new Submission.Linear(NdArray.randn(random, 4, 5), NdArray.randn(random, 5));
    Submission.Linear c = new Submission.Linear(NdArray.randn(random, 5, 2), NdArray.randn(random, 2));
    NdArray x = NdArray.randn(random, 6, 3);
    assertClose(c.apply(b.apply(a.apply(x))), then(then(a, b), c).apply(x),
        "three maps 3 → 4 → 5 → 2 collapsed with a.then(b).then(c), applied to 6 examples",
        "W = W1 W2 and b = b1 W2 + b2 must hold for any shapes, not only for one output");
  }
}
