package org.dlkit.cli;

import java.util.concurrent.Callable;
import org.dlkit.bench.NdBench;
import org.dlkit.bench.TrainBench;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Groups the benchmarks; alone it prints which ones exist and exits 2. The two that only print
 * their results ({@code nd} and {@code train}) are its methods; the others have their own classes.
 */
@Command(
    name = "bench",
    description = "Run performance benchmarks (see 'dlkit bench --help').",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    subcommands = {BenchAllCommand.class, BenchKernelCommand.class, BenchGradeCommand.class, BenchHubCommand.class})
final class BenchCommand implements Callable<Integer> {
  private static final String QUICK = "Use tiny sizes and few repeats (seconds, not minutes).";

  @Spec private CommandSpec spec;

  /** Prints the usage to stderr and returns 2, because no benchmark was named. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** Runs {@link NdBench}, the matmul and training-step benchmark, printing to stdout. */
  @Command(name = "nd", description = "Time matmul and a small training step on NdArray.",
      mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class)
  int nd(@Option(names = "--quick", description = QUICK) boolean quick) {
    new NdBench(quick).run(System.out);
    System.out.flush();
    return 0;
  }

  /** Runs {@link TrainBench}, the per-step times of workloads W1, W3 and W4, printing to stdout. */
  @Command(name = "train", description = "Time training steps of the W1, W3 and W4 workloads.",
      mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class)
  int train(@Option(names = "--quick", description = QUICK) boolean quick) {
    new TrainBench(quick).run(System.out);
    System.out.flush();
    return 0;
  }
}
