package org.dlkit.bench;

import java.io.PrintStream;
import org.dlkit.autograd.Losses;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.Blas;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;

/**
 * Measures matmul throughput through dlkit's BLAS path next to a naive triple loop, and the time
 * of one W2 training step; printed by {@code dlkit bench nd}. Every figure is a median over
 * timed batches that follow an untimed warm-up.
 */
public final class NdBench {
  private final boolean quick;
  private final Stopwatch stopwatch;

  /** Creates the benchmark; {@code quick} uses tiny sizes and few repeats, for tests. */
  public NdBench(boolean quick) {
    this.quick = quick;
    this.stopwatch = Stopwatch.of(quick);
  }

  /** Runs every measurement and prints one line per result to {@code out}. */
  public void run(PrintStream out) {
    out.printf("dlkit bench nd: java %s (%s), BLAS %s, %d cores%s%n", System.getProperty("java.version"),
        System.getProperty("java.vm.vendor"), Blas.implementation(), Runtime.getRuntime().availableProcessors(),
        quick ? ", quick run (tiny sizes, figures not meaningful)" : "");
    int scale = quick ? 8 : 1;
    matmul(out, 256 / scale, 256 / scale, 256 / scale);
    matmul(out, 64 / scale, 784 / scale, 128 / scale);
    XorStep step = new XorStep();
    step.run();
    double firstLoss = step.loss();
    double micros = stopwatch.median(step::run) * 1e6;
    out.printf("W2 step (XOR, 2-3-1 sigmoid MLP, Tensor ops, forward + backward + SGD): %.2f µs/step (median);"
        + " MSE %.4f after 1 step, %.4f after %d%n", micros, firstLoss, step.loss(), step.steps());
  }

  private void matmul(PrintStream out, int m, int k, int n) {
    NdArray a = NdArray.randn(1, m, k);
    NdArray b = NdArray.randn(2, k, n);
    double flops = 2.0 * m * n * k;
    double blas = flops / stopwatch.median(() -> a.matmul(b)) / 1e9;
    double[] x = a.toArray();
    double[] y = b.toArray();
    double naive = flops / stopwatch.median(() -> naiveMatmul(x, y, m, k, n)) / 1e9;
    out.printf("matmul %dx%d · %dx%d: dlkit %.2f GFLOP/s, naive triple loop %.2f GFLOP/s (%.1fx)%n",
        m, k, k, n, blas, naive, blas / naive);
  }

  private static double[] naiveMatmul(double[] a, double[] b, int m, int k, int n) {
    double[] c = new double[m * n];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double s = 0;
        for (int p = 0; p < k; p++) {
          s += a[i * k + p] * b[p * n + j];
        }
        c[i * n + j] = s;
      }
    }
    return c;
  }

  /** One W2 step: 4 XOR points through a 2-3-1 sigmoid MLP, MSE loss, backward, and plain SGD by hand. */
  static final class XorStep {
    private final Tensor x = Tensor.of(NdArray.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}));
    private final Tensor y = Tensor.of(NdArray.of(new double[][] {{0}, {1}, {1}, {0}}));
    private final Tensor w1 = Tensor.param(NdArray.randn(1, 2, 3));
    private final Tensor b1 = Tensor.param(NdArray.zeros(3));
    private final Tensor w2 = Tensor.param(NdArray.randn(2, 3, 1));
    private final Tensor b2 = Tensor.param(NdArray.zeros(1));
    private final Tensor[] params = {w1, b1, w2, b2};
    private double loss;
    private long steps;

    void run() {
      Tensor hidden = x.matmul(w1).add(b1).sigmoid();
      Tensor output = hidden.matmul(w2).add(b2).sigmoid();
      Tensor mse = Losses.mse(output, y);
      mse.backward();
      for (Tensor p : params) {
        InPlace.axpy(-0.5, p.grad(), p.data());
        p.zeroGrad();
      }
      loss = mse.item();
      steps++;
    }

    double loss() {
      return loss;
    }

    long steps() {
      return steps;
    }
  }
}
