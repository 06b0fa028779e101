package org.dlkit.cli;

import org.dlkit.exercise.Suite;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dlkit.bench.BenchAll;
import org.dlkit.bench.BenchAll.Section;
import org.dlkit.bench.Contender;
import org.dlkit.bench.DlkitContender;
import org.dlkit.bench.GradeBench;
import org.dlkit.bench.Machine;
import org.dlkit.bench.MatmulComparison;
import org.dlkit.bench.Measurement;
import org.dlkit.bench.PeerProcess;
import org.dlkit.bench.Peers;
import org.dlkit.bench.Report;
import org.dlkit.bench.TrainComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs every benchmark side by side with the peers (PyTorch, DL4J, OpenBLAS through NumPy) and writes
 * {@code target/bench/report.md} and {@code report.csv}.
 */
@Command(name = "all", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = "Run every benchmark beside PyTorch and DL4J and write target/bench/report.md and report.csv.")
final class BenchAllCommand implements Callable<Integer> {
  private static final List<String> SECTIONS = List.of("nd", "train", "kernel", "grade", "notebooks");

  @Option(names = "--quick", description = "Tiny sizes and few repeats: checks the harness, figures mean nothing.")
  private boolean quick;

  @Option(names = "--only", split = ",", paramLabel = "SECTION",
      description = "Run only these sections (of nd, train, kernel, grade, notebooks).")
  private Set<String> only;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the report (default target/bench).")
  private Path out;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter log = spec.commandLine().getErr();
    if (only != null && !SECTIONS.containsAll(only)) {
      log.println("dlkit bench all: unknown section in --only " + only + "; the sections are " + SECTIONS);
      log.flush();
      return 2;
    }
    Path home = TestCommand.projectHome();
    int cores = Runtime.getRuntime().availableProcessors();
    Report report = new Report(Machine.current(), quick);
    Optional<PeerProcess> numpy = Peers.numpy(cores);
    try (Contender torch = Peers.torch(cores); Contender dl4j = Peers.dl4j(cores)) {
      numpy.flatMap(peer -> peer.announced("blas")).ifPresent(blas -> report.note("NumPy's BLAS: " + blas + "."));
      List<Section> sections = new ArrayList<>(List.of(
          new Section("nd", (r, l) -> new MatmulComparison(numpy, quick).run(r, l)),
          new Section("train", (r, l) -> new TrainComparison(List.of(new DlkitContender(), torch, dl4j), quick).run(r, l)),
          new Section("kernel", this::kernel),
          new Section("grade", (r, l) -> grade(home, r, l)),
          new Section("notebooks", (r, l) -> notebooks(home, r, l))));
      sections.removeIf(s -> only != null && !only.contains(s.name()));
      BenchAll.run(report, sections, log);
    } finally {
      numpy.ifPresent(PeerProcess::close);
    }
    Path markdown = report.write(out == null ? home.resolve("target/bench") : out);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(report.markdown());
    stdout.println("dlkit bench all: wrote " + markdown + " and report.csv beside it");
    stdout.flush();
    return 0;
  }

  /** Times kernel starts and trivial round trips through jupyter_client. */
  private void kernel(Report report, PrintWriter log) throws IOException, InterruptedException {
    String python = Jupyter.python();
    if (python == null) {
      report.note("kernel: skipped, jupyter_client is missing (" + Jupyter.installHint() + ")");
      return;
    }
    KernelSpec.write(Jupyter.localDataDir(), KernelSpec.NAME, KernelSpec.DISPLAY_NAME, KernelSpec.currentJava(),
        KernelSpec.currentClasspath());
    ProcessBuilder builder = new ProcessBuilder(python, Jupyter.script("kernel_bench.py").toString(), KernelSpec.NAME,
        quick ? "2" : "10", quick ? "5" : "50", "--json").redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(Jupyter.environment());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (process.waitFor() != 0 || output.isEmpty()) {
      throw new IllegalStateException("kernel_bench.py failed (exit " + process.exitValue() + ")");
    }
    JsonObject samples = JsonParser.parseString(output.substring(output.lastIndexOf('\n') + 1)).getAsJsonObject();
    report.add(new Measurement("kernel", "start to first result", "dlkit kernel", "", "s",
        numbers(samples.getAsJsonArray("start_seconds"))));
    report.add(new Measurement("kernel", "trivial cell round trip", "dlkit kernel", "", "ms",
        numbers(samples.getAsJsonArray("round_trip_ms"))));
    report.note("kernel: IJava is quoted at 3-5 s to start and 100-300 ms per trivial cell; it is not installed here,"
        + " so it has no row.");
  }

  /** Grades generated submissions of lab 1 in the sandbox. */
  private void grade(Path home, Report report, PrintWriter log) throws IOException, InterruptedException {
    Path suite = Suite.labFolder(home.resolve("grader"), "01");
    String lab = suite.getFileName().toString();
    int count = quick ? 4 : 100;
    GradeBench.Report graded = GradeBench.run(home.resolve("labs").resolve(lab), home.resolve("notebooks").resolve(lab),
        suite, count, 2, Files.createTempDirectory("dlkit-bench-grade-"), log);
    report.add(new Measurement("grade", count + " submissions of lab " + lab + ", --jobs 2", "dlkit grade", "", "s",
        new double[] {graded.wallSeconds()}));
    report.add(new Measurement("grade", "one submission (sandboxed JVM)", "dlkit grade", "", "s", graded.perSubmission()));
    report.note("grade: target ≤ 60 s for 100 submissions on this machine; nbgrader starts a kernel per notebook,"
        + " otter a Docker container per submission.");
  }

  /** Runs each lab headless with its solutions and records its wall time, kernel start included. */
  private void notebooks(Path home, Report report, PrintWriter log) throws IOException {
    List<Path> labs;
    try (Stream<Path> files = Files.walk(quick ? home.resolve("src/test/notebooks") : home.resolve("labs"))) {
      labs = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
    Path executed = Files.createTempDirectory("dlkit-bench-notebooks-");
    for (Path lab : labs) {
      long start = System.nanoTime();
      int exit = RunCommand.run(List.of(lab), executed, null, 600, log);
      double seconds = (System.nanoTime() - start) / 1e9;
      if (exit != 0) {
        report.note(String.format(Locale.ROOT, "notebooks: %s failed (exit %d) after %.1f s", lab.getFileName(), exit,
            seconds));
        continue;
      }
      report.add(new Measurement("notebooks", lab.getFileName().toString(), "dlkit kernel", "", "s", new double[] {seconds}));
    }
    report.note("notebooks: one headless run each through nbclient, kernel start included; target ≤ 60 s per lab.");
  }

  private static double[] numbers(JsonArray array) {
    double[] values = new double[array.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = array.get(i).getAsDouble();
    }
    return values;
  }
}
