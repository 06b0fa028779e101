package org.dlkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report computes medians, ratios and targets from its rows, and writes them as Markdown and CSV. */
class ReportTest {
  private static final Machine MACHINE = new Machine("17.0.15 (Debian)", "AMD EPYC, 2.4 GHz", 2, "JNIBLAS");

  private static Report report() {
    Report report = new Report(MACHINE, false);
    report.add(new Measurement("train", "W1 step", "dlkit", "f64", "µs/step", new double[] {70, 50, 60}));
    report.add(new Measurement("train", "W1 step", "PyTorch", "f64", "µs/step", new double[] {300, 240, 200, 280}));
    report.add(new Measurement("train", "W1 step", "DL4J", "f32", "µs/step", new double[] {3000}));
    report.add(new Measurement("nd", "matmul 256x256·256x256", "dlkit", "f64", "GFLOP/s", new double[] {45}));
    report.add(new Measurement("nd", "matmul 256x256·256x256", "OpenBLAS via NumPy, 2 threads", "f64", "GFLOP/s",
        new double[] {90}));
    report.target(new Target("W1 step", "PyTorch", "f64", 0.25));
    report.target(new Target("matmul 256x256·256x256", "OpenBLAS via NumPy, 2 threads", "f64", 0.6));
    return report;
  }

  @Test
  void medianMinAndMaxOfOddAndEvenSampleCounts() {
    Measurement odd = new Measurement("t", "m", "s", "", "s", new double[] {3, 1, 2});
    Measurement even = new Measurement("t", "m", "s", "", "s", new double[] {4, 1, 3, 2});
    assertEquals(List.of(2.0, 1.0, 3.0), List.of(odd.median(), odd.min(), odd.max()));
    assertEquals(2.5, even.median());
    IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
        () -> new Measurement("t", "W9 step", "dlkit", "", "s", new double[0]));
    assertEquals("Measurement W9 step (dlkit): no samples", empty.getMessage());
  }

  @Test
  void throughputIsBetterHigherAndTimesLower() {
    assertTrue(new Measurement("nd", "m", "s", "", "GFLOP/s", new double[] {1}).higherIsBetter());
    assertFalse(new Measurement("train", "m", "s", "", "µs/step", new double[] {1}).higherIsBetter());
    assertFalse(new Measurement("kernel", "m", "s", "", "s", new double[] {1}).higherIsBetter());
  }

  @Test
  void ratioIsDlkitsMedianOverTheRowsMedian() {
    Report report = report();
    List<Measurement> rows = report.rows();
    assertEquals(60.0 / 260.0, report.dlkitRatio(rows.get(1)).orElseThrow(), 1e-12);
    assertEquals(0.02, report.dlkitRatio(rows.get(2)).orElseThrow(), 1e-12);
    assertEquals(0.5, report.dlkitRatio(rows.get(4)).orElseThrow(), 1e-12);
    Measurement orphan = new Measurement("train", "W9 step", "PyTorch", "f64", "µs/step", new double[] {1});
    assertTrue(report.dlkitRatio(orphan).isEmpty());
  }

  @Test
  void markdownJudgesEachTargetAndTablesEachSection() {
    String md = report().markdown();
    assertTrue(md.contains("| W1 step | 60.0 µs/step | 260 PyTorch f64 | 0.23× | ≤ 0.25× | met |"), md);
    assertTrue(md.contains("| matmul 256x256·256x256 | 45.0 GFLOP/s | 90.0 OpenBLAS via NumPy, 2 threads f64 | 0.50×"
        + " | ≥ 0.60× | missed |"), md);
    assertTrue(md.contains("## train\n"), md);
    assertTrue(md.contains("## nd\n"), md);
    assertTrue(md.contains("| W1 step | DL4J | f32 | 3,000 µs/step | 3,000 – 3,000 | 0.02× |"), md);
    assertTrue(md.contains("AMD EPYC, 2.4 GHz, 2 cores; JDK 17.0.15 (Debian); dlkit's BLAS: JNIBLAS."), md);
    assertFalse(md.contains("Quick run"), md);
    assertTrue(new Report(MACHINE, true).markdown().contains("Quick run"));
  }

  @Test
  void csvHasOneQuotedLinePerRowWithTheMachine(@TempDir Path folder) throws Exception {
    Report report = report();
    report.note("DL4J: ran with OMP_WAIT_POLICY=PASSIVE");
    Path markdown = report.write(folder);
    List<String> csv = Files.readAllLines(folder.resolve("report.csv"));
    assertEquals(6, csv.size());
    assertEquals("section,measure,system,precision,unit,median,min,max,samples,dlkit_ratio,jdk,cpu,cores,blas", csv.get(0));
    assertEquals("train,W1 step,PyTorch,f64,µs/step,260.000,200.000,300.000,4,0.230769,17.0.15 (Debian),"
        + "\"AMD EPYC, 2.4 GHz\",2,JNIBLAS", csv.get(2));
    assertTrue(csv.get(1).contains(",3,,17.0.15"), csv.get(1));
    assertTrue(Files.readString(markdown).contains("## Notes\n\n- DL4J: ran with OMP_WAIT_POLICY=PASSIVE\n"));
  }
}
