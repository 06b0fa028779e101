import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlkit.autograd.NoGrad;
import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Module;
import org.dlkit.nn.Sequential;
import org.junit.jupiter.api.Test;

/**
 * Checks the architecture the text asks for by its behaviour, so any way of writing it passes (a
 * ReLU inside the Dense or as a module of its own): what the network computes in eval mode, how its
 * hidden weights start, and which units dropout removes while training.
 */
@Exercise("build-model")
class BuildModelTest {
  private static final NdArray IMAGES = NdArray.rand(11, 6, 784);

  private static Sequential build(int inputs, int hidden, int classes, double p, long seed) {
    Sequential model;
    try {
      model = Submission.buildModel(inputs, hidden, classes, p, seed);
    } catch (IllegalArgumentException e) {
      throw new AssertionError("buildModel(" + inputs + ", " + hidden + ", " + classes + ", p = " + p + ", seed) threw: "
          + e.getMessage() + ". p is the drop probability, given to Dropout as it is", e);
    }
    assertReturned(model, "buildModel", "");
    return model;
  }

  private static NdArray run(Module model, NdArray x) {
    try (NoGrad scope = Tensor.noGrad()) {
      return model.forward(Tensor.of(x)).data();
    }
  }

  private static NdArray evaluated(Module model, NdArray x) {
    model.eval();
    return run(model, x);
  }

  /** Returns the modules of {@code model} that hold no others, in the order the input meets them. */
  private static List<Module> leaves(Module model) {
    List<Module> leaves = new ArrayList<>();
    if (model.children().isEmpty()) {
      leaves.add(model);
    }
    for (Module child : model.children()) {
      leaves.addAll(leaves(child));
    }
    return leaves;
  }

  /** Returns the model's Dense layers, failing unless there are exactly two: the hidden layer and the output layer. */
  private static List<Dense> twoDenseLayers(Sequential model) {
    List<Dense> dense = leaves(model).stream().filter(m -> m instanceof Dense).map(m -> (Dense) m).toList();
    assertEquals(2, dense.size(), "the model should have two Dense layers, inputs → hidden and hidden → classes, but"
        + " it has " + dense.size() + ": " + model);
    return dense;
  }

  @Test
  @Points(0.5)
  void oneLogitPerClass() {
    Sequential model = build(784, 128, 10, 0.2, 1);
    NdArray out = evaluated(model, IMAGES);
    assertArrayEquals(new int[] {6, 10}, out.shape(), "6 images of 784 pixels should give outputs of shape [6, 10], one"
        + " score per class, but got " + Arrays.toString(out.shape()));
  }

  @Test
  @Points(0.5)
  void parameterCountOfOneHiddenLayer() {
    Sequential model = build(784, 128, 10, 0.2, 1);
    assertEquals(784 * 128 + 128 + 128 * 10 + 10, model.parameterCount(), "784 → 128 → 10 has 784·128 + 128 weights and"
        + " biases in the hidden layer and 128·10 + 10 in the output layer = 101,770 parameters, but the model has "
        + String.format("%,d", model.parameterCount()) + "; how many layers with weights does the text's formula have?");
  }

  @Test
  @Points(1)
  void computesReluHiddenUnitsThenLogits() {
    Sequential model = build(784, 32, 10, 0.2, 2);
    List<Dense> dense = twoDenseLayers(model);
    NdArray w1 = dense.get(0).weights().data();
    NdArray b1 = dense.get(0).bias().data();
    NdArray w2 = dense.get(1).weights().data();
    NdArray b2 = dense.get(1).bias().data();
    NdArray x = NdArray.randn(12, 6, 784);
    NdArray out = evaluated(model, x);
    NdArray z = x.matmul(w1).add(b1);
    NdArray expected = z.maximum(0).matmul(w2).add(b2);
    if (out.hasShape(expected.shape()) && out.allClose(expected, 1e-9, 1e-12)) {
      return;
    }
    String hint;
    if (out.hasShape(expected.shape()) && out.allClose(z.tanh().matmul(w2).add(b2), 1e-9, 1e-12)) {
      hint = "the hidden units use tanh; which activation does the text ask for in the hidden layer?";
    } else if (out.hasShape(expected.shape()) && out.allClose(z.sigmoid().matmul(w2).add(b2), 1e-9, 1e-12)) {
      hint = "the hidden units use a sigmoid; which activation does the text ask for in the hidden layer?";
    } else if (out.hasShape(expected.shape()) && out.allClose(z.matmul(w2).add(b2), 1e-9, 1e-12)) {
      hint = "the hidden units have no nonlinearity at all, so the two layers collapse into one linear map";
    } else if (out.hasShape(expected.shape()) && out.allClose(expected.maximum(0), 1e-9, 1e-12)) {
      hint = "a ReLU was applied to the logits too, so no score can be negative; the output layer has no activation"
          + " (CrossEntropy applies the softmax itself)";
    } else if (out.min() >= 0) {
      hint = "every output is >= 0, as after a softmax, sigmoid or ReLU; the output layer should give raw logits (no"
          + " activation), because CrossEntropy applies the softmax itself";
    } else {
      hint = "read the formula of section 2 from the inside out: W1 x + b1, then ReLU, then W2 · (that) + b2";
    }
    fail("in eval mode the model should compute z = W2 · ReLU(W1 x + b1) + b2 with the weights of its two Dense layers,"
        + " but it computes something else: " + hint);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void hiddenLayerStartsFromHeInitialization() {
    // 16 inputs and 400 hidden units: He gives a standard deviation of sqrt(2/16) = 0.354, Xavier sqrt(2/416) = 0.069
    Sequential model = build(16, 400, 10, 0.2, 5);
    NdArray w1 = twoDenseLayers(model).get(0).weights().data();
    double mean = w1.mean();
    double std = Math.sqrt(w1.sub(mean).pow(2).mean());
    double he = Math.sqrt(2.0 / 16);
    double xavier = Math.sqrt(2.0 / (16 + 400));
    String hint = Math.abs(std - xavier) < 0.1 * xavier ? ": that is Xavier's sqrt(2/(n_in + n_out)), which suits tanh;"
        + " the ReLU layer uses He initialization" : "";
    assertTrue(Math.abs(mean) < 0.05 && Math.abs(std - he) < 0.1 * he, String.format("the hidden layer of buildModel(16,"
        + " 400, ...) should start from He initialization, N(0, 2/n_in): weights of mean 0 and standard deviation"
        + " sqrt(2/16) = %.3f, but its 6,400 weights have mean %.3f and standard deviation %.3f%s", he, mean, std, hint));
  }

  /** What the dropout probe saw: the share of hidden units dropped and the factor the kept ones were scaled by. */
  private record Probe(double dropped, double scale) {}

  /**
   * Probes where dropout acts: with every hidden unit computing h = mean(x) (W1 = 1/6, b1 = 0) and
   * the output layer copying the hidden units plus 1 (W2 = I, b2 = 1), dropout on the hidden units
   * turns each output into 1 (dropped) or 1 + s·h (kept and scaled by s = 1/(1 - p)). Returns the
   * share dropped and s, failing with what the outputs show instead.
   */
  private static Probe probeDropout(double p, long seed) {
    Sequential model = build(6, 6, 6, p, seed);
    List<Dense> dense = twoDenseLayers(model);
    dense.get(0).setWeights(NdArray.full(1.0 / 6, 6, 6));
    dense.get(0).setBias(NdArray.zeros(6));
    dense.get(1).setWeights(NdArray.eye(6));
    dense.get(1).setBias(NdArray.ones(6));
    NdArray x = NdArray.rand(seed, 2000, 6).add(0.5);
    double[] h = x.mean(1).toArray();
    model.train();
    double[][] out = run(model, x).toArray2d();
    int dropped = 0;
    double scale = Double.NaN;
    boolean oneScale = true;
    int logitDropout = 0;
    int constantRows = 0;
    for (int i = 0; i < out.length; i++) {
      boolean constant = true;
      for (int k = 0; k < 6; k++) {
        double v = out[i][k];
        if (Math.abs(v - 1) < 1e-9) {
          dropped++;
        } else {
          double s = (v - 1) / h[i];
          oneScale &= Double.isNaN(scale) || Math.abs(s - scale) < 1e-9 * scale;
          scale = Double.isNaN(scale) ? s : scale;
        }
        if (Math.abs(v) < 1e-9 || Math.abs(v - (1 + h[i]) / (1 - p)) < 1e-9) {
          logitDropout++;
        }
        constant &= Math.abs(v - out[i][0]) < 1e-9;
      }
      constantRows += constant ? 1 : 0;
    }
    int total = 6 * out.length;
    String where = null;
    if (logitDropout == total && p > 0) {
      where = "the outputs are 0 or (1 + h)/(1 - p): dropout acts on the logits, after the output layer";
    } else if (constantRows == out.length && dropped < total && p > 0 && !(dropped == 0 && oneScale)) {
      where = "within each example every hidden unit came out the same, so what was dropped came before the hidden"
          + " layer: dropout acts on the inputs (pixels)";
    } else if (!oneScale) {
      where = "the outputs are neither";
    }
    if (where != null) {
      fail(String.format("in training mode dropout should act on the hidden units, between the ReLU layer and the"
          + " output layer. Probe (p = %s): with W1 = 1/6 and b1 = 0 every hidden unit is h = mean(x), and with W2 = I"
          + " and b2 = 1 each output is 1 + (that hidden unit after dropout), so 1 when dropped or 1 + h/(1 - p) when"
          + " kept; but %s", p, where));
    }
    return new Probe((double) dropped / total, Double.isNaN(scale) ? 1 : scale);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void dropoutActsOnTheHiddenUnitsOnlyWhileTraining() {
    Probe probe = probeDropout(0.5, 3);
    assertTrue(probe.dropped() > 0.4 && probe.dropped() < 0.6, String.format("with p = 0.5 about half of the hidden"
        + " units should be dropped while training, but %.1f%% were%s", 100 * probe.dropped(), probe.dropped() == 0
        ? "; is there a Dropout after the hidden layer?" : ": is the p given to buildModel the Dropout's drop probability?"));
    Sequential model = build(784, 64, 10, 0.5, 3);
    model.train();
    assertFalse(run(model, IMAGES).equals(run(model, IMAGES)), "in training mode with p = 0.5 two forward passes"
        + " should differ (dropout draws a new mask each time), but they are equal");
    model.eval();
    assertTrue(run(model, IMAGES).equals(run(model, IMAGES)), "in eval mode the model should be deterministic");
  }

  @Test
  @Points(0.5)
  @Visibility(Visibility.HIDDEN)
  void dropsTheShareP() {
    for (double p : new double[] {0.2, 0.7, 0.0}) {
      Probe probe = probeDropout(p, 4);
      double share = probe.dropped();
      String hint = Math.abs(share - (1 - p)) < 0.03 ? ": that is 1 - p; p is the drop probability, as dlkit's Dropout"
          + " takes it (DL4J's dropOut takes the keep probability)" : Math.abs(share - 0.2) < 0.03
          ? ": is the p given to buildModel passed on to Dropout?" : "";
      assertTrue(Math.abs(share - p) < 0.03 && Math.abs(probe.scale() - 1 / (1 - p)) < 1e-9, String.format(
          "buildModel(..., p = %s, ...) should drop a share p of the hidden units while training and scale the rest by"
          + " 1/(1 - p) = %.4f, but it dropped %.1f%% and scaled by %.4f%s", p, 1 / (1 - p), 100 * share,
          probe.scale(), hint));
    }
  }

  @Test
  @Points(0.5)
  @Visibility(Visibility.HIDDEN)
  void sameSeedSameNetwork() {
    NdArray a = evaluated(build(784, 16, 10, 0.2, 7), IMAGES);
    NdArray b = evaluated(build(784, 16, 10, 0.2, 7), IMAGES);
    NdArray c = evaluated(build(784, 16, 10, 0.2, 8), IMAGES);
    assertTrue(a.equals(b), "buildModel(..., seed 7) twice should build identical networks; give each Dense the seed"
        + " (new Dense(in, out, activation, initializer, seed)) instead of the default random source");
    assertFalse(a.equals(c), "seeds 7 and 8 built identical networks; derive the layers' seeds from the seed argument");
  }
}
