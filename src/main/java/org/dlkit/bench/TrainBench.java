package org.dlkit.bench;

import java.io.PrintStream;
import org.dlkit.nd.Blas;

/**
 * Times one training step of the library's workloads, printed by {@code dlkit bench train}: W1, a
 * 2-16-16-1 tanh/sigmoid MLP on 200 moons points, full batch, BCE + SGD; W3, a 784-128-10 ReLU MLP on
 * batches of 64, softmax cross-entropy + SGD, with the time of a whole epoch; W4, W3 with dropout 0.5
 * and Adam. W3 and W4 train on Fashion-MNIST when it is installed and on random data of the same shape
 * otherwise, and say which. The workloads are {@link DlkitContender}'s, as in {@code dlkit bench all}.
 */
public final class TrainBench {
  private final boolean quick;
  private final Stopwatch stopwatch;

  /** Creates the benchmark; {@code quick} uses tiny sizes and few repeats, for tests. */
  public TrainBench(boolean quick) {
    this.quick = quick;
    this.stopwatch = Stopwatch.of(quick);
  }

  /** Runs W1, W3 and W4 and prints one line per measure to {@code out}. */
  public void run(PrintStream out) {
    out.printf("dlkit bench train: java %s (%s), BLAS %s, %d cores%s%n", System.getProperty("java.version"),
        System.getProperty("java.vm.vendor"), Blas.implementation(), Runtime.getRuntime().availableProcessors(),
        quick ? ", quick run (tiny sizes, figures not meaningful)" : "");
    int examples = quick ? 2_000 : 60_000;
    int hidden = quick ? 16 : 128;
    try (DlkitContender dlkit = new DlkitContender()) {
      dlkit.prepare(Workload.W1, Precision.F64, examples, hidden);
      report(out, "W1 2-16-16-1 tanh/sigmoid, 200 moons, full batch, BCE + SGD", dlkit, Workload.W1);
      String source = dlkit.prepare(Workload.W3, Precision.F64, examples, hidden);
      report(out, "W3 784-" + hidden + "-10 ReLU, batch 64, softmax CE + SGD, " + source, dlkit, Workload.W3);
      out.printf("W3 one epoch of %,d examples (loader included): %.2f s%n", examples,
          dlkit.epoch(Workload.W3, Precision.F64));
      dlkit.prepare(Workload.W4, Precision.F64, examples, hidden);
      report(out, "W4 W3 + dropout 0.5, Adam, " + source, dlkit, Workload.W4);
    }
  }

  private void report(PrintStream out, String workload, DlkitContender dlkit, Workload which) {
    dlkit.steps(which, Precision.F64, 1);
    double before = dlkit.lastLoss(which);
    long[] steps = {1};
    double micros = stopwatch.median(() -> {
      dlkit.steps(which, Precision.F64, 1);
      steps[0]++;
    }) * 1e6;
    out.printf("%s: %.1f µs/step (median); loss %.4f after 1 step, %.4f after %,d%n", workload, micros, before,
        dlkit.lastLoss(which), steps[0]);
  }
}
