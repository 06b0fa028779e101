import static org.dlkit.exercise.GraderAssertions.assertClose;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

/**
 * The network's tests compare your Mlp with your own layers applied one after the other, so a mistake in the
 * dense exercise costs points there and not here. Every layer is 3 → 3 and every batch has 3 rows, so that any
 * Layer, right or wrong, can be chained.
 */
@Exercise("network")
class NetworkTest {
  private static final DoubleUnaryOperator SIGMOID = v -> 1 / (1 + Math.exp(-v));
  private static final DoubleUnaryOperator RELU = v -> Math.max(0, v);

  private static List<Submission.Layer> layers(long seed, DoubleUnaryOperator... g) {
    Random random = new Random(seed);
    List<Submission.Layer> layers = new ArrayList<>();
    for (DoubleUnaryOperator each : g) {
      layers.add(new Submission.Layer(NdArray.randn(random, 3, 3), NdArray.randn(random, 3), each));
    }
    return layers;
  }

  /** Applies {@code layers} in order with your Layer.forward (or preActivation), as the network should. */
  private static NdArray chain(List<Submission.Layer> layers, NdArray x, boolean activate) {
    NdArray a = x;
    for (Submission.Layer layer : layers) {
      a = activate ? layer.forward(a) : layer.preActivation(a);
    }
    return a;
  }

  private static boolean same(NdArray a, NdArray b) {
    return a != null && b != null && Arrays.equals(a.shape(), b.shape()) && a.allClose(b, 1e-9, 1e-12);
  }

  /** Names the usual mistake whose output is {@code got}, or says how forward propagation goes. */
  private static String diagnose(List<Submission.Layer> layers, NdArray x, NdArray got) {
    int n = layers.size();
    NdArray expected = chain(layers, x, true);
    List<Submission.Layer> reversed = new ArrayList<>(layers);
    Collections.reverse(reversed);
    if (n > 1 && same(got, layers.get(n - 1).forward(x))) {
      return "That is the last layer applied to x: each layer's input must be the previous layer's output"
          + " (keep the current activation a and set a = layer.forward(a))";
    }
    if (n > 1 && same(got, chain(layers.subList(0, n - 1), x, true))) {
      return "That is every layer but the last: the loop must reach the last layer";
    }
    if (n > 1 && same(got, chain(layers.subList(1, n), x, true))) {
      return "That is every layer but the first: the loop must start with layer 0";
    }
    if (n > 1 && same(got, chain(reversed, x, true)) && !same(got, expected)) {
      return "That is the layers applied last to first: apply them in the order of the list";
    }
    if (same(got, chain(layers, x, false)) && !same(got, expected)) {
      return "That chains the pre-activations: each layer's output is layer.forward(a), with its g";
    }
    return "apply every layer's forward, first to last, each to the previous layer's output (a⁽⁰⁾ = x)";
  }

  private static void checkNetwork(List<Submission.Layer> layers, NdArray x, String what) {
    NdArray got;
    try {
      got = new Submission.Mlp(layers).forward(x);
    } catch (RuntimeException e) {
      if (e instanceof UnsupportedOperationException && String.valueOf(e.getMessage()).startsWith("TODO ")) {
        throw e; // an unfinished exercise: its TODO hint is the feedback
      }
      fail(what + ": forward threw " + e + ". Each layer's input is the previous layer's output, starting from x");
      return;
    }
    NdArray expected = chain(layers, x, true);
    assertClose(expected, got, what + " (expected: your layers' forward applied in order)", diagnose(layers, x, got));
  }

  @Test
  @Points(1)
  void twoLayers() {
    List<Submission.Layer> layers = layers(1, SIGMOID, SIGMOID);
    NdArray x = NdArray.of(new double[][] {{4, 5, -1}, {1, 0, 2}, {-3, 0.5, 1}});
    checkNetwork(layers, x, "a 3 → 3 → 3 sigmoid network on 3 examples");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void anyDepthInOrder() {
    Random random = new Random(2);
    NdArray x = NdArray.randn(random, 3, 3);
    checkNetwork(layers(3, RELU, Math::tanh, SIGMOID, RELU), x,
        "a network of four 3 → 3 layers (ReLU, tanh, sigmoid, ReLU) on 3 examples");
    checkNetwork(layers(4, RELU), x, "a network of one 3 → 3 ReLU layer");
  }
}
