package org.dlkit.cli;

import java.util.concurrent.Callable;
import org.dlkit.bench.TrainBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs {@link TrainBench}, the per-step times of workloads W1, W3 and W4, and prints its results to stdout. */
@Command(
    name = "train",
    description = "Time training steps of the W1, W3 and W4 workloads.",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class)
final class BenchTrainCommand implements Callable<Integer> {
  @Option(names = "--quick", description = "Use tiny sizes and few repeats (seconds, not minutes).")
  private boolean quick;

  /** Runs the benchmark and returns 0. */
  @Override
  public Integer call() {
    new TrainBench(quick).run(System.out);
    System.out.flush();
    return 0;
  }
}
