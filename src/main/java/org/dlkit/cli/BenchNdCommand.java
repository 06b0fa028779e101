package org.dlkit.cli;

import java.io.PrintStream;
import org.dlkit.bench.NdBench;
import picocli.CommandLine.Command;

/** Runs {@link NdBench}, the matmul and training-step benchmark. */
@Command(
    name = "nd",
    description = "Time matmul and a small training step on NdArray.",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class)
final class BenchNdCommand extends QuickBenchCommand {
  @Override
  void run(boolean quick, PrintStream out) {
    new NdBench(quick).run(out);
  }
}
