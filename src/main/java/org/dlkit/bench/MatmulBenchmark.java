package org.dlkit.bench;

import dev.ludovic.netlib.blas.BLAS;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.dlkit.nd.NdArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH microbenchmark of one matrix product: dlkit's {@code NdArray.matmul} (allocation, checks and
 * BLAS dispatch included) and, as the machine's limit seen from Java, a bare netlib {@code dgemm}
 * into a preallocated array. {@link MatmulComparison} runs it in forked JVMs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class MatmulBenchmark {
  /**
   * The product's shape as {@code m x k x n}: an m x k matrix times a k x n matrix. A suffix
   * {@code /ta} makes A a transposed view of a stored k x m array, {@code /tb} makes B one of a stored
   * n x k array: the layouts a dense layer's backward multiplies (xᵀ dZ and dZ Wᵀ), which BLAS reads
   * through its transpose flags.
   */
  @Param({"256x256x256"})
  public String shape;

  private NdArray a;
  private NdArray b;
  private double[] x;
  private double[] y;
  private double[] c;
  private int m;
  private int k;
  private int n;
  private boolean transposedA;
  private boolean transposedB;

  /** Makes the two random operands. */
  @Setup
  public void setUp() {
    int[] mkn = dimensions(shape);
    m = mkn[0];
    k = mkn[1];
    n = mkn[2];
    transposedA = shape.endsWith("/ta");
    transposedB = shape.endsWith("/tb");
    NdArray storedA = transposedA ? NdArray.randn(new Random(1), k, m) : NdArray.randn(new Random(1), m, k);
    NdArray storedB = transposedB ? NdArray.randn(new Random(2), n, k) : NdArray.randn(new Random(2), k, n);
    a = transposedA ? storedA.transpose() : storedA;
    b = transposedB ? storedB.transpose() : storedB;
    x = storedA.toArray();
    y = storedB.toArray();
    c = new double[m * n];
  }

  /** Multiplies through dlkit. */
  @Benchmark
  public NdArray dlkit() {
    return a.matmul(b);
  }

  /**
   * Multiplies with one bare dgemm call (row-major C = A B as column-major C^T = B^T A^T), a stored
   * transpose passed as BLAS's transpose flag.
   */
  @Benchmark
  public double[] netlib() {
    BLAS.getInstance().dgemm(transposedB ? "T" : "N", transposedA ? "T" : "N", n, m, k, 1.0, y, transposedB ? k : n,
        x, transposedA ? m : k, 0.0, c, n);
    return c;
  }

  /** Parses {@code m x k x n}, ignoring a layout suffix such as {@code /ta}. */
  static int[] dimensions(String shape) {
    String[] parts = shape.replaceAll("/t[ab]$", "").split("x");
    return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
  }
}
