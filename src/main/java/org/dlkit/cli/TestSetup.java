package org.dlkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Makes sure the machine has what {@code dlkit test} needs, as {@code dlkit notebook} does for
 * Jupyter: Debian's packages (installed with apt-get when running as root, else named in the one
 * command to run) and playwright-core from npm in the project-local {@code .playwright/} folder,
 * which drives Debian's Chromium (playwright-core downloads no browser).
 */
final class TestSetup {
  /**
   * The Debian packages the tests use: Jupyter to run the notebooks and the kernel protocol tests,
   * bubblewrap for the grader's sandbox, PyTorch and NumPy on OpenBLAS for the benchmark peers,
   * Chromium for the browser test, graphviz, and JupyterHub with its proxy for the class hub test.
   */
  static final List<String> DEBIAN_PACKAGES = List.of("jupyter-notebook", "jupyter-nbconvert", "python3-nbclient",
      "bubblewrap", "python3-torch", "python3-numpy", "libopenblas0-pthread", "chromium", "graphviz",
      "python3-ipywidgets", "jupyter-nbextension-jupyter-js-widgets", "jupyterhub", "node-configurable-http-proxy");
  /** The playwright-core release the browser test is written against. */
  static final String PLAYWRIGHT = "playwright-core@1.57.0";

  private TestSetup() {}

  /** Returns the project-local folder that holds playwright-core's {@code node_modules}. */
  static Path playwrightHome(Path home) {
    return home.resolve(".playwright");
  }

  /**
   * Installs what is missing and returns 0, or explains what to install and returns 2.
   *
   * @param err where progress and the install command go
   */
  static int ensure(Path home, PrintWriter err) {
    List<String> missing = missingPackages();
    if (!missing.isEmpty()) {
      if (!isRoot() || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
        err.println("dlkit test: these Debian packages are missing; install them and run ./dlkit test again:");
        err.println("  sudo apt-get install -y --no-install-recommends " + String.join(" ", missing));
        err.flush();
        return 2;
      }
      err.println("dlkit test: installing " + String.join(" ", missing) + " (apt-get, once)");
      err.flush();
      List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends"));
      install.addAll(missing);
      if (Jupyter.run(List.of("apt-get", "update", "-q")) != 0 || Jupyter.run(install) != 0) {
        err.println("dlkit test: apt-get could not install " + String.join(" ", missing) + "; see its output above.");
        err.flush();
        return 2;
      }
    }
    Path modules = playwrightHome(home).resolve("node_modules/playwright-core");
    if (!Files.isDirectory(modules)) {
      err.println("dlkit test: installing " + PLAYWRIGHT + " from npm into " + playwrightHome(home) + " (once)");
      err.flush();
      int code = Jupyter.run(List.of("npm", "install", "--no-audit", "--no-fund", "--prefix",
          playwrightHome(home).toString(), PLAYWRIGHT));
      if (code != 0 || !Files.isDirectory(modules)) {
        err.println("dlkit test: npm could not install " + PLAYWRIGHT + " (exit " + code + "); the browser test needs it."
            + " Check the network, or run: npm install --prefix " + playwrightHome(home) + " " + PLAYWRIGHT);
        err.flush();
        return 2;
      }
    }
    return 0;
  }

  /** Returns the packages not installed, and Debian's npm when there is no npm command at all. */
  static List<String> missingPackages() {
    List<String> missing = new ArrayList<>();
    for (String name : DEBIAN_PACKAGES) {
      if (!installed(name)) {
        missing.add(name);
      }
    }
    if (!succeeds(List.of("npm", "--version"))) {
      missing.add("npm");
    }
    return missing;
  }

  private static boolean installed(String name) {
    try {
      Process query = new ProcessBuilder("dpkg-query", "--show", "--showformat=${Status}", name)
          .redirectErrorStream(true).start();
      String status = new String(query.getInputStream().readAllBytes()).strip();
      return query.waitFor(30, TimeUnit.SECONDS) && status.equals("install ok installed");
    } catch (IOException e) {
      return false; // no dpkg: not Debian; apt-get below is missing too, so the user gets the command
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
