package org.dlkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Groups the kernel commands; alone it prints its usage and exits 2. */
@Command(
    name = "kernel",
    description = "Manage the dlkit Jupyter kernel (see 'dlkit kernel --help').",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    subcommands = {KernelCommand.Install.class})
final class KernelCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }

  /** Writes the kernelspec: project-local by default, the user's Jupyter data folder with --user. */
  @Command(name = "install", description = "Install the 'dlkit' kernelspec (project-local; --user for yours).",
      mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class)
  static final class Install implements Callable<Integer> {
    @Spec private CommandSpec spec;

    @CommandLine.Option(names = "--user", description = "Install into ~/.local/share/jupyter instead of .jupyter-data.")
    private boolean user;

    @CommandLine.Option(names = "--java", description = "The java executable the kernel runs on (default: this one).")
    private String java;

    @CommandLine.Option(names = "--name", description = "Kernelspec name (default: dlkit).")
    private String name = KernelSpec.NAME;

    @CommandLine.Option(names = "--heap", description = "The kernel's maximum heap, such as 1g or 1536m (default: "
        + KernelSpec.HEAP_ENV + " or " + KernelSpec.DEFAULT_HEAP + "); " + KernelSpec.HEAP_ENV
        + " set where the kernel starts overrides it.")
    private String heap;

    @Override
    public Integer call() {
      Path dataDir = user ? Path.of(System.getProperty("user.home"), ".local", "share", "jupyter") : Jupyter.localDataDir();
      String display = KernelSpec.NAME.equals(name) ? KernelSpec.DISPLAY_NAME : "Java (" + name + ")";
      Path folder;
      try {
        folder = KernelSpec.write(dataDir, name, display, java == null ? KernelSpec.currentJava() : java,
            KernelSpec.currentClasspath(), heap == null ? KernelSpec.defaultHeap() : heap);
      } catch (IllegalArgumentException badHeap) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("dlkit kernel install: " + badHeap.getMessage());
        err.flush();
        return 2;
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println("dlkit kernel install: wrote " + folder.resolve("kernel.json"));
      out.flush();
      return 0;
    }
  }
}
