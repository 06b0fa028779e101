package org.dlkit.bench;

import java.util.Arrays;

/**
 * One row of the benchmark report: the samples of one measure for one system in one precision, each
 * sample the figure of one timed batch or run, in {@code unit}.
 *
 * @param section the report section: {@code nd}, {@code train}, {@code kernel}, {@code grade} or {@code notebooks}
 * @param measure what was measured, e.g. {@code W1 step} or {@code matmul 256x256·256x256}
 * @param system who ran it, e.g. {@code dlkit}, {@code PyTorch}, {@code DL4J}, {@code OpenBLAS (numpy, 2 threads)}
 * @param precision {@code f64}, {@code f32}, or empty where it does not apply
 * @param unit the unit of every sample, e.g. {@code µs/step}, {@code s}, {@code GFLOP/s}
 * @param samples the figures of the repeated runs, in the order they were taken
 */
public record Measurement(String section, String measure, String system, String precision, String unit,
    double[] samples) {

  /** Checks that there is at least one sample and copies them, so the record stays unchanged. */
  public Measurement {
    if (samples.length == 0) {
      throw new IllegalArgumentException("Measurement " + measure + " (" + system + "): no samples");
    }
    samples = samples.clone();
  }

  /** Returns the median sample. */
  public double median() {
    double[] sorted = sorted();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** Returns the smallest sample. */
  public double min() {
    return sorted()[0];
  }

  /** Returns the largest sample. */
  public double max() {
    return sorted()[samples.length - 1];
  }

  /** Returns true when more is better (throughput such as GFLOP/s), false for times. */
  public boolean higherIsBetter() {
    return unit.endsWith("/s");
  }

  @Override
  public double[] samples() {
    return samples.clone();
  }

  private double[] sorted() {
    double[] sorted = samples.clone();
    Arrays.sort(sorted);
    return sorted;
  }
}
