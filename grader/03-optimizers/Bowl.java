import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.dlkit.autograd.Tensor;
import org.dlkit.optim.Optimizer;

/**
 * The quadratic bowl f(w) = ½ Σ cᵢ wᵢ² on which the optimizer suites replay a student's update rule
 * beside dlkit's own optimizer, step by step, from the same start.
 */
final class Bowl {
  private static final double[] CURVATURE = {0.05, 2, 0.7};
  private static final double[] START = {-4.5, 1.5, 2};

  private Bowl() {}

  /**
   * Steps {@code rule} (params, grads) and the optimizer {@code dlkit} makes over the bowl's one
   * parameter {@code steps} times, asserting after each step that the rule left its grads array
   * alone and reached what dlkit's optimizer, described as {@code reference}, reached.
   */
  static void replay(BiConsumer<double[], double[]> rule, Function<List<Tensor>, Optimizer> dlkit, String reference,
      int steps) {
    Tensor parameter = Tensor.param(START.clone());
    Optimizer optimizer = dlkit.apply(List.of(parameter));
    double[] w = START.clone();
    for (int t = 1; t <= steps; t++) {
      double[] g = new double[w.length];
      for (int i = 0; i < w.length; i++) {
        g[i] = CURVATURE[i] * w[i];
      }
      double[] gCopy = g.clone();
      rule.accept(w, g);
      assertArrayEquals(gCopy, g, 0.0, "step changed the grads array it was given; only params should change");
      optimizer.zeroGrad();
      Tensor.of(CURVATURE).mul(parameter).mul(parameter).sum().mul(0.5).backward();
      optimizer.step();
      assertArrayEquals(parameter.data().toArray(), w, 1e-9, String.format("on a quadratic bowl, step %d of your "
          + "rule reached %s but %s reached %s", t, Arrays.toString(w), reference,
          Arrays.toString(parameter.data().toArray())));
    }
  }
}
