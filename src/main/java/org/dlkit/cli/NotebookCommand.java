package org.dlkit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Starts the labs: installs the kernelspec, makes sure Jupyter and lab 6's Fashion-MNIST are there
 * (installing Debian's packages when running as root, else printing the apt-get line), and runs
 * Jupyter Notebook on localhost in {@code notebooks/}.
 */
@Command(name = "notebook", description = "Start the labs in Jupyter Notebook (installs the kernel first).",
    mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class)
final class NotebookCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(names = "--port", description = "Port on localhost (default 8888, or the next free one).")
  private int port = 8888;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    KernelSpec.write(Jupyter.localDataDir(), KernelSpec.NAME, KernelSpec.DISPLAY_NAME, KernelSpec.currentJava(),
        KernelSpec.currentClasspath());
    String jupyter = Jupyter.jupyter();
    if (jupyter == null) {
      err.println("dlkit notebook: Jupyter Notebook is not installed; installing Debian's packages...");
      err.flush();
      if (!Jupyter.installWithApt() || (jupyter = Jupyter.jupyter()) == null) {
        err.println("dlkit notebook: Jupyter Notebook is missing. Install it with:");
        err.println("  " + Jupyter.installHint());
        err.flush();
        return 2;
      }
    }
    ensureFashionMnist(err);
    ensureWidgets(err);
    ensureGraphviz(err);
    String notebooks = TestCommand.projectHome().resolve("notebooks").toString();
    err.println("dlkit notebook: starting Jupyter in " + notebooks + " with the 'Java (dlkit)' kernel;"
        + " open the URL with the token printed below. Stop it with Ctrl-C.");
    err.flush();
    List<String> command = new java.util.ArrayList<>(List.of(jupyter, "notebook", "--no-browser", "--ip=127.0.0.1",
        "--port=" + port, "--notebook-dir=" + notebooks));
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--allow-root"); // containers and CI machines often run as root; Jupyter refuses without it
    }
    return Jupyter.run(command);
  }

  /**
   * Installs Debian's Graphviz (lab 2 draws computation graphs with its {@code dot}) when it is
   * missing and this runs as root; otherwise says how. Lab 2 still runs without it, showing each
   * graph's dot source.
   */
  static void ensureGraphviz(PrintWriter err) {
    if (java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/dot"))) {
      return;
    }
    if (Jupyter.canInstallWithApt()) {
      err.println("dlkit notebook: lab 2 draws computation graphs with Graphviz; installing graphviz...");
      err.flush();
      if (Jupyter.installPackageWithApt("graphviz")) {
        return;
      }
    }
    err.println("dlkit notebook: lab 2's computation graphs will show as dot source. To draw them:");
    err.println("  sudo apt-get install -y graphviz");
    err.flush();
  }

  /**
   * Installs the classic notebook's widget front end (jupyter-js-widgets 2.1, with ipywidgets 6)
   * when it is missing and this runs as root, so the labs' sliders move; otherwise says how.
   */
  static void ensureWidgets(PrintWriter err) {
    if (java.nio.file.Files.isDirectory(WIDGETS_FRONT_END)) {
      return;
    }
    if (Jupyter.canInstallWithApt()) {
      err.println("dlkit notebook: the labs' sliders need Jupyter's widget front end; installing " + WIDGETS_PACKAGE + "...");
      err.flush();
      if (Jupyter.installPackageWithApt(WIDGETS_PACKAGE) && java.nio.file.Files.isDirectory(WIDGETS_FRONT_END)) {
        return;
      }
    }
    err.println("dlkit notebook: the labs' sliders will show as static figures. To move them:");
    err.println("  sudo apt-get install -y " + WIDGETS_PACKAGE);
    err.flush();
  }

  /**
   * Installs Debian's Fashion-MNIST (lab 6's images) when it is missing and this runs as root;
   * otherwise says how to install it. Lab 6 still runs without it, on the bundled 8x8 digits.
   */
  static void ensureFashionMnist(PrintWriter err) {
    if (fashionMnistInstalled()) {
      return;
    }
    if (Jupyter.canInstallWithApt()) {
      err.println("dlkit notebook: lab 6 uses Fashion-MNIST, which is not installed; installing " + FASHION_PACKAGE + "...");
      err.flush();
      if (Jupyter.installPackageWithApt(FASHION_PACKAGE) && fashionMnistInstalled()) {
        return;
      }
    }
    err.println("dlkit notebook: lab 6 will use the bundled 8x8 digits instead of Fashion-MNIST. To get the images:");
    err.println("  sudo apt-get install -y " + FASHION_PACKAGE);
    err.flush();
  }

  /** Debian's package of Fashion-MNIST, which {@code Datasets.fashionMnist} reads. */
  static final String FASHION_PACKAGE = "dataset-fashion-mnist";
  static final String WIDGETS_PACKAGE = "jupyter-nbextension-jupyter-js-widgets";
  static final java.nio.file.Path WIDGETS_FRONT_END = java.nio.file.Path.of("/usr/share/jupyter/nbextensions/jupyter-js-widgets");

  private static boolean fashionMnistInstalled() {
    try {
      org.dlkit.data.Datasets.fashionMnist(false, 1);
      return true;
    } catch (IllegalStateException missing) {
      return false;
    }
  }
}
