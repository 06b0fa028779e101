package org.dlkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Quick runs of the benchmarks print every measure they promise; no timing is asserted. */
class BenchTest {
  private static String[] lines(java.util.function.Consumer<PrintStream> bench) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bench.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).split("\n");
  }

  @Test
  void ndPrintsMatmulAndW2() {
    String[] lines = lines(out -> new NdBench(true).run(out));
    assertEquals(4, lines.length, String.join("\n", lines));
    assertTrue(lines[0].startsWith("dlkit bench nd: java "), lines[0]);
    assertTrue(lines[1].matches("matmul 32x32 · 32x32: dlkit [\\d.]+ GFLOP/s, naive triple loop [\\d.]+ GFLOP/s"
        + " \\([\\d.]+x\\)"), lines[1]);
    assertTrue(lines[2].startsWith("matmul 8x98 · 98x16: "), lines[2]);
    assertTrue(lines[3].matches("W2 step .*: [\\d.]+ µs/step \\(median\\); MSE 0\\.\\d{4} after 1 step, [\\d.]+ after \\d+"),
        lines[3]);
  }

  @Test
  void trainPrintsW1W3AndW4() {
    String[] lines = lines(out -> new TrainBench(true).run(out));
    assertEquals(5, lines.length, String.join("\n", lines));
    assertTrue(lines[1].matches("W1 .*: [\\d.]+ µs/step \\(median\\); loss [\\d.]+ after 1 step, [\\d.]+ after [\\d,]+"),
        lines[1]);
    assertTrue(lines[2].startsWith("W3 784-16-10 ReLU, batch 64, softmax CE + SGD, "), lines[2]);
    assertTrue(lines[3].matches("W3 one epoch of 2,000 examples \\(loader included\\): [\\d.]+ s"), lines[3]);
    assertTrue(lines[4].startsWith("W4 W3 + dropout 0.5, Adam, "), lines[4]);
  }
}
