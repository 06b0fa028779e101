package org.dlkit.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bare dgemm the benchmark times computes the same product as dlkit's matmul, in every layout. */
class MatmulBenchmarkTest {
  @ParameterizedTest
  @ValueSource(strings = {"6x5x4", "6x5x4/ta", "6x5x4/tb", "64x128x10", "784x64x128/ta", "64x10x128/tb"})
  void bareDgemmAndDlkitAgree(String shape) {
    MatmulBenchmark benchmark = new MatmulBenchmark();
    benchmark.shape = shape;
    benchmark.setUp();
    double[] dlkit = benchmark.dlkit().toArray();
    assertArrayEquals(dlkit, benchmark.netlib().clone(), 1e-9, shape);
  }
}
