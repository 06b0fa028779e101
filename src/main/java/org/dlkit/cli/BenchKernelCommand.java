package org.dlkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times the dlkit kernel through real Jupyter messaging: start to first result, and a trivial round trip. */
@Command(
    name = "kernel",
    description = "Time kernel start to first result and a trivial cell round trip.",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class)
final class BenchKernelCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--quick", description = "Two starts and a few cells instead of ten and fifty.")
  private boolean quick;

  /** Runs the measurement and returns its exit code. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String python = Jupyter.python();
    if (python == null) {
      err.println("dlkit bench kernel: jupyter_client is missing. Install it with:");
      err.println("  " + Jupyter.installHint());
      err.flush();
      return 2;
    }
    KernelSpec.write(Jupyter.localDataDir(), KernelSpec.NAME, KernelSpec.DISPLAY_NAME, KernelSpec.currentJava(),
        KernelSpec.currentClasspath());
    return Jupyter.run(List.of(python, Jupyter.script("kernel_bench.py").toString(), KernelSpec.NAME,
        quick ? "2" : "10", quick ? "5" : "50"));
  }
}
