package org.dlkit.cli;

import java.io.PrintStream;
import org.dlkit.bench.TrainBench;
import picocli.CommandLine.Command;

/** Runs {@link TrainBench}, the per-step times of workloads W1, W3 and W4. */
@Command(
    name = "train",
    description = "Time training steps of the W1, W3 and W4 workloads.",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class)
final class BenchTrainCommand extends QuickBenchCommand {
  @Override
  void run(boolean quick, PrintStream out) {
    new TrainBench(quick).run(out);
  }
}
