package org.dlkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Executes notebooks headlessly through nbclient with the dlkit kernel, writes the executed copies,
 * and exits 1 naming the notebook, the cell and the error of the first failure. Cells tagged
 * {@code raises-exception} may fail.
 */
@Command(name = "run", description = "Execute notebooks headlessly with the dlkit kernel (nbclient).",
    mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class)
final class RunCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "NOTEBOOK", description = "The .ipynb files to run.")
  private List<Path> notebooks;

  @Option(names = "--out", description = "Folder for the executed copies (default target/executed).")
  private Path out;

  @Option(names = "--java", description = "Run the kernel on this java executable (default: this one).")
  private String java;

  @Option(names = "--timeout", description = "Seconds one cell may take (default 600).")
  private int timeout = 600;

  @Override
  public Integer call() {
    return run(notebooks, out == null ? TestCommand.projectHome().resolve("target/executed") : out, java, timeout,
        spec.commandLine().getErr());
  }

  /** Runs the notebooks and returns 0 when every one ran without an unexpected error. */
  static int run(List<Path> notebooks, Path out, String java, int timeout, PrintWriter err) {
    return run(notebooks, out, java, timeout, Map.of(), err);
  }

  /**
   * Runs the notebooks with {@code env} added to the kernel's environment (for example
   * {@code DLKIT_KERNEL_IMPORTS=jjava}) and returns 0 when every one ran without an unexpected error.
   */
  static int run(List<Path> notebooks, Path out, String java, int timeout, Map<String, String> env,
      PrintWriter err) {
    String python = Jupyter.python();
    if (python == null) {
      err.println("dlkit run: nbclient is missing (Jupyter's notebook runner). Install it with:");
      err.println("  " + Jupyter.installHint());
      err.flush();
      return 2;
    }
    String kernel = java == null ? KernelSpec.NAME : KernelSpec.NAME + "-" + Path.of(java).getParent().getParent()
        .getFileName().toString().replaceAll("[^A-Za-z0-9.-]", "-");
    KernelSpec.write(Jupyter.localDataDir(), kernel, "Java (" + kernel + ")",
        java == null ? KernelSpec.currentJava() : java, KernelSpec.currentClasspath());
    List<String> command = new ArrayList<>(List.of(python, Jupyter.script("run_notebooks.py").toString(),
        "--kernel", kernel, "--out", out.toString(), "--timeout", String.valueOf(timeout)));
    notebooks.forEach(n -> command.add(n.toString()));
    err.flush();
    return Jupyter.run(command, env);
  }
}
