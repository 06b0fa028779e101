package org.dlkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the benchmarks; alone it prints which ones exist and exits 2. */
@Command(
    name = "bench",
    description = "Run performance benchmarks (see 'dlkit bench --help').",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    subcommands = {BenchAllCommand.class, BenchNdCommand.class, BenchTrainCommand.class, BenchKernelCommand.class,
        BenchGradeCommand.class})
final class BenchCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /** Prints the usage to stderr and returns 2, because no benchmark was named. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
