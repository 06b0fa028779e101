package org.dlkit.cli;

import java.util.concurrent.Callable;
import org.dlkit.bench.NdBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Runs {@link NdBench}, the matmul and training-step benchmark, and prints its results to stdout. */
@Command(
    name = "nd",
    description = "Time matmul and a small training step on NdArray.",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class)
final class BenchNdCommand implements Callable<Integer> {
  @Option(names = "--quick", description = "Use tiny sizes and few repeats (seconds, not minutes).")
  private boolean quick;

  /** Runs the benchmark and returns 0. */
  @Override
  public Integer call() {
    new NdBench(quick).run(System.out);
    System.out.flush();
    return 0;
  }
}
