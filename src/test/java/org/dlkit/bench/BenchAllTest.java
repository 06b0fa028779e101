package org.dlkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A quick run of {@code bench all}'s nd and train sections with the real peers (DL4J in a child JVM,
 * PyTorch and NumPy when Debian's packages are installed) fills the report; no timing is asserted.
 */
class BenchAllTest {
  @Test
  void quickRunReportsEverySystemOnEveryWorkload(@TempDir Path folder) throws Exception {
    Report report = new Report(Machine.current(), true);
    StringWriter log = new StringWriter();
    Optional<PeerProcess> numpy = Peers.numpy(1);
    try (Contender torch = Peers.torch(1); Contender dl4j = Peers.dl4j(1)) {
      BenchAll.run(report, List.of(
          new BenchAll.Section("kernel", (r, l) -> {
            throw new IllegalStateException("jupyter_client is missing");
          }),
          new BenchAll.Section("nd", (r, l) -> new MatmulComparison(numpy, true).run(r, l)),
          new BenchAll.Section("train", (r, l) -> new TrainComparison(List.of(new DlkitContender(), torch, dl4j), true)
              .run(r, l))), new PrintWriter(log));

      assertTrue(dl4j.unavailable().isEmpty(), dl4j.unavailable().toString());
      Set<String> rows = report.rows().stream().map(r -> r.section() + "|" + r.measure() + "|" + r.system() + "|"
          + r.precision()).collect(Collectors.toSet());
      for (String workload : List.of("W1", "W2", "W3", "W4")) {
        assertTrue(rows.contains("train|" + workload + " step|dlkit|f64"), rows.toString());
        assertTrue(rows.contains("train|" + workload + " step|DL4J|f64"), rows.toString());
        assertTrue(rows.contains("train|" + workload + " step|DL4J|f32"), rows.toString());
        if (torch.unavailable().isEmpty()) {
          assertTrue(rows.contains("train|" + workload + " step|PyTorch|f32"), rows.toString());
        }
      }
      assertTrue(rows.contains("train|W3 epoch|dlkit|f64") && rows.contains("train|W4 epoch|DL4J|f32"), rows.toString());
      assertTrue(rows.contains("nd|matmul 32x32·32x32|dlkit|f64"), rows.toString());
      assertTrue(rows.contains("nd|matmul 16x64·64x8|netlib dgemm (" + org.dlkit.nd.Blas.implementation() + ")|f64"),
          rows.toString());
      if (numpy.isPresent()) {
        assertTrue(rows.contains("nd|matmul 16x64·64x8|OpenBLAS via NumPy, 2 threads|f64"), rows.toString());
      }
      for (Measurement row : report.rows()) {
        assertTrue(row.median() > 0 && Double.isFinite(row.median()), row.toString());
      }
    } finally {
      numpy.ifPresent(PeerProcess::close);
    }
    assertEquals("section kernel failed: java.lang.IllegalStateException: jupyter_client is missing",
        report.notes().get(0));
    assertTrue(log.toString().contains("bench all: section train took "), log.toString());
    String markdown = Files.readString(report.write(folder));
    assertTrue(markdown.contains("## nd\n") && markdown.contains("## train\n"), markdown);
    assertEquals(report.rows().size() + 1, Files.readAllLines(folder.resolve("report.csv")).size());
  }
}
