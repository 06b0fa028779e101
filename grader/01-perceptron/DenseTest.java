import static org.dlkit.exercise.GraderAssertions.assertClose;
import static org.dlkit.exercise.GraderAssertions.assertRuns;

import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("dense")
class DenseTest {
  private static final NdArray LECTURE_W = NdArray.of(new double[][] {{3}, {-2}});
  private static final NdArray LECTURE_B = NdArray.of(1);
  private static final NdArray LECTURE_X = NdArray.of(new double[][] {{-1, 2}});

  /** Runs {@code call}, turning an exception (a shape error, usually) into a failure that says what to look at. */
  static NdArray run(java.util.function.Supplier<NdArray> call, String what) {
    return assertRuns(call, what, "X is [n, in] and W is [in, out], so X W is the matrix product x.matmul(w)"
          + " (not w.matmul(x), and not the elementwise x.mul(w)), and b [out] is added to every row");
  }

  @Test
  @Points(1)
  void lectureNeuronAsOneOutputLayer() {
    Submission.Layer layer = new Submission.Layer(LECTURE_W, LECTURE_B, v -> v);
    assertClose(NdArray.of(new double[][] {{-6}}), layer.preActivation(LECTURE_X),
        "preActivation of the lecture's neuron (W = [[3], [-2]], b = [1]) at X = [[-1, 2]]",
        "Z = X W + b: x.matmul(w) is [1, 1], then add the bias");
  }

  @Test
  @Points(1)
  void forwardAppliesG() {
    Submission.Layer layer = new Submission.Layer(LECTURE_W, LECTURE_B, v -> 1 / (1 + Math.exp(-v)));
    NdArray got = run(() -> layer.forward(LECTURE_X), "forward of the lecture's neuron");
    String hint = "forward should return g applied to preActivation(x), here σ(-6)";
    if (got != null && got.size() == 1) {
      double value = got.toArray()[0];
      double sigma6 = 1 / (1 + Math.exp(6));
      if (Math.abs(value - -6) < 1e-9) {
        hint = "That is the pre-activation -6 itself: forward must apply g to it";
      } else if (Math.abs(value - (1 / (1 + Math.exp(7)) + 1)) < 1e-9) {
        hint = "That is g(X W) + b = σ(-7) + 1: the bias belongs inside g, g(X W + b)";
      } else if (Math.abs(value - 1 / (1 + Math.exp(-sigma6))) < 1e-9) {
        hint = "That is σ(σ(-6)), g applied twice: preActivation returns X W + b without g, and forward applies g once";
      }
    }
    assertClose(NdArray.of(new double[][] {{1 / (1 + Math.exp(6))}}), got,
        "forward of the lecture's neuron with g = sigmoid at X = [[-1, 2]]", hint);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void batchWithSeveralOutputs() {
    Random random = new Random(3);
    NdArray x = NdArray.randn(random, 4, 2);
    NdArray w = NdArray.randn(random, 2, 3);
    NdArray b = NdArray.of(0.5, -1, 2);
    double[][] z = new double[4][3];
    for (int n = 0; n < 4; n++) {
      for (int j = 0; j < 3; j++) {
        z[n][j] = b.get(j) + x.get(n, 0) * w.get(0, j) + x.get(n, 1) * w.get(1, j);
      }
    }
    assertClose(NdArray.of(z), run(() -> new Submission.Layer(w, b, v -> v).preActivation(x), "preActivation of a [4, 2] batch"),
        "preActivation of a batch of 4 examples through a 2 → 3 layer",
        "Z[n][j] = b[j] + Σ_i X[n][i] W[i][j]: every row gets the same bias vector added");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void gOnEveryElement() {
    NdArray x = NdArray.of(new double[][] {{1, 2}, {-1, -2}, {0.5, -3}});
    NdArray w = NdArray.of(new double[][] {{1, -1, 0.5}, {-2, 1, 1}});
    NdArray b = NdArray.of(0.1, 0.2, -0.3);
    NdArray expected = x.matmul(w).add(b).maximum(0);
    assertClose(expected, run(() -> new Submission.Layer(w, b, v -> Math.max(0, v)).forward(x), "forward of a [3, 2] batch"),
        "forward of a batch of 3 through a 2 → 3 ReLU layer",
        "apply g to every element of the [3, 3] pre-activation, not only to some of them");
  }
}
