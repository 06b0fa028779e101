package org.dlkit.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dlkit.nd.Blas;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The report's nd section: matmul GFLOP/s of dlkit and of a bare netlib dgemm, timed by JMH in a
 * forked JVM, beside OpenBLAS DGEMM through NumPy on one and on two threads, the machine's BLAS limit,
 * timed in the PyTorch peer's process before and after each JMH run.
 */
public final class MatmulComparison {
  /** Square products, then every product of a W3 step (784-128-10, batch 64): forward, then backward's xᵀ dZ and dZ Wᵀ. */
  private static final List<String> SHAPES = List.of("256x256x256", "1024x1024x1024", "64x784x128", "64x128x10",
      "784x64x128/ta", "128x64x10/ta", "64x10x128/tb");
  private static final List<String> QUICK_SHAPES = List.of("32x32x32", "16x64x8");

  private final Optional<PeerProcess> numpy;
  private final boolean quick;

  /** Compares with NumPy in {@code numpy} when present; quick uses tiny shapes, no fork and few iterations. */
  public MatmulComparison(Optional<PeerProcess> numpy, boolean quick) {
    this.numpy = numpy;
    this.quick = quick;
  }

  /** Times every shape, adding rows, targets and notes to {@code report}. */
  public void run(Report report, PrintWriter log) {
    if (numpy.isEmpty()) {
      report.note("nd: NumPy is missing, so the BLAS limit is the bare netlib dgemm row only"
          + " (apt-get install python3-numpy libopenblas0-pthread for OpenBLAS through NumPy).");
    }
    report.note("nd: dlkit and netlib rows come from JMH (" + (quick ? "in process" : "one forked JVM, 3 warm-up and 5"
        + " timed iterations of 1 s") + "); dlkit's matmul runs on " + Blas.implementation() + ".");
    for (String shape : quick ? QUICK_SHAPES : SHAPES) {
      int[] mkn = MatmulBenchmark.dimensions(shape);
      double flops = 2.0 * mkn[0] * mkn[1] * mkn[2];
      String measure = String.format(Locale.ROOT, "matmul %s·%s", operand(shape, mkn[0], mkn[1], "/ta"),
          operand(shape, mkn[1], mkn[2], "/tb"));
      List<double[]> before = numpy.map(peer -> blasLimit(peer, mkn)).orElse(List.of());
      List<Double> dlkit = new ArrayList<>();
      List<Double> netlib = new ArrayList<>();
      jmh(shape, dlkit, netlib);
      List<double[]> after = numpy.map(peer -> blasLimit(peer, mkn)).orElse(List.of());
      report.add(new Measurement("nd", measure, "dlkit", "f64", "GFLOP/s", gflops(dlkit, flops)));
      report.add(new Measurement("nd", measure, "netlib dgemm (" + Blas.implementation() + ")", "f64", "GFLOP/s",
          gflops(netlib, flops)));
      for (int threads = 1; threads <= 2 && !before.isEmpty(); threads++) {
        double[] samples = concat(before.get(threads - 1), after.get(threads - 1));
        for (int i = 0; i < samples.length; i++) {
          samples[i] = flops / samples[i] / 1e9;
        }
        report.add(new Measurement("nd", measure, "OpenBLAS via NumPy, " + threads + (threads == 1 ? " thread" : " threads"),
            "f64", "GFLOP/s", samples));
      }
      if (!before.isEmpty()) {
        report.target(new Target(measure, "OpenBLAS via NumPy, 2 threads", "f64", 0.6));
      }
      // dlkit's own overhead: its matmul against the bare dgemm it calls, in the same JVM.
      report.target(new Target(measure, "netlib dgemm (" + Blas.implementation() + ")", "f64", 0.9));
      log.printf(Locale.ROOT, "bench nd: %s timed%n", measure);
      log.flush();
    }
  }

  /** Names one operand, e.g. {@code 64x784}, or {@code (64x784)ᵀ} when the shape's suffix makes it a transposed view. */
  private static String operand(String shape, int rows, int cols, String transposedSuffix) {
    return shape.endsWith(transposedSuffix) ? "(" + cols + "x" + rows + ")ᵀ" : rows + "x" + cols;
  }

  /** Returns NumPy's seconds per product on one thread and on two, a few calibrated batches each. */
  private List<double[]> blasLimit(PeerProcess peer, int[] mkn) {
    List<double[]> perThreads = new ArrayList<>();
    for (int threads = 1; threads <= 2; threads++) {
      int count = 1;
      while (peer.matmul(mkn[0], mkn[1], mkn[2], threads, count) < (quick ? 0.005 : 0.2) && count < (1 << 20)) {
        count *= 2;
      }
      double[] samples = new double[quick ? 2 : 4];
      for (int i = 0; i < samples.length; i++) {
        samples[i] = peer.matmul(mkn[0], mkn[1], mkn[2], threads, count) / count;
      }
      perThreads.add(samples);
    }
    return perThreads;
  }

  private void jmh(String shape, List<Double> dlkit, List<Double> netlib) {
    Options options = new OptionsBuilder().include(MatmulBenchmark.class.getName() + "\\.")
        .param("shape", shape).forks(quick ? 0 : 1)
        .warmupIterations(quick ? 1 : 3).warmupTime(quick ? TimeValue.milliseconds(50) : TimeValue.seconds(1))
        .measurementIterations(quick ? 2 : 5).measurementTime(quick ? TimeValue.milliseconds(50) : TimeValue.seconds(1))
        .jvmArgsAppend("--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true")
        .verbosity(VerboseMode.SILENT).build();
    Collection<RunResult> results;
    try {
      results = new Runner(options).run();
    } catch (RunnerException e) {
      throw new IllegalStateException("JMH could not run " + MatmulBenchmark.class.getSimpleName() + " for " + shape
          + ": " + e.getMessage(), e);
    }
    for (RunResult result : results) {
      List<Double> target = result.getParams().getBenchmark().endsWith(".dlkit") ? dlkit : netlib;
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          target.add(iteration.getPrimaryResult().getScore() / 1e6);
        }
      }
    }
  }

  private static double[] gflops(List<Double> secondsPerProduct, double flops) {
    return secondsPerProduct.stream().mapToDouble(s -> flops / s / 1e9).toArray();
  }

  private static double[] concat(double[] a, double[] b) {
    double[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
