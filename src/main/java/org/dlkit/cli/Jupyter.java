package org.dlkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Finds and drives the machine's Jupyter: the Python that has nbclient, the project-local Jupyter
 * data folder that holds dlkit's kernelspec, and the install command when Jupyter is missing.
 */
final class Jupyter {
  /** Debian's packages that dlkit needs: the notebook server, nbconvert and nbclient. */
  static final List<String> DEBIAN_PACKAGES = List.of("jupyter-notebook", "jupyter-nbconvert", "python3-nbclient");

  private Jupyter() {}

  /** Returns the project-local Jupyter data folder, {@code <home>/.jupyter-data}. */
  static Path localDataDir() {
    return TestCommand.projectHome().resolve(".jupyter-data");
  }

  /** Returns the environment that makes Jupyter see the project-local kernelspec. */
  static Map<String, String> environment() {
    String existing = System.getenv("JUPYTER_PATH");
    String path = localDataDir().toString() + (existing == null || existing.isEmpty() ? "" : ":" + existing);
    return Map.of("JUPYTER_PATH", path);
  }

  /**
   * Returns a Python 3 that can import nbclient: Debian's {@code /usr/bin/python3} first (the one
   * apt's Jupyter uses), then {@code python3} on the PATH; null when neither can.
   */
  static String python() {
    for (String candidate : List.of("/usr/bin/python3", "python3")) {
      if (succeeds(List.of(candidate, "-c", "import nbclient, jupyter_client"))) {
        return candidate;
      }
    }
    return null;
  }

  /** Returns the {@code jupyter} command that has the notebook server, or null. */
  static String jupyter() {
    for (String candidate : List.of("/usr/bin/jupyter", "jupyter")) {
      if (succeeds(List.of(candidate, "notebook", "--version"))) {
        return candidate;
      }
    }
    return null;
  }

  /** Returns the one command a user runs to install what is missing. */
  static String installHint() {
    return "sudo apt-get install -y " + String.join(" ", DEBIAN_PACKAGES);
  }

  /**
   * Installs Debian's Jupyter packages when running as root on Debian or Ubuntu; returns false
   * (installing nothing) anywhere else.
   */
  static boolean installWithApt() {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
      return false;
    }
    List<String> install = new ArrayList<>(List.of("apt-get", "install", "-y", "-q"));
    install.addAll(DEBIAN_PACKAGES);
    return run(List.of("apt-get", "update", "-q")) == 0 && run(install) == 0;
  }

  /** Returns whether this process can install Debian packages: it runs as root and apt-get exists. */
  static boolean canInstallWithApt() {
    return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
  }

  /**
   * Installs Debian's package {@code name} with apt-get when running as root on Debian or Ubuntu
   * (updating the package lists first); returns false, installing nothing, anywhere else or when
   * apt-get fails.
   */
  static boolean installPackageWithApt(String name) {
    if (!canInstallWithApt()) {
      return false;
    }
    return run(List.of("apt-get", "install", "-y", "-q", name)) == 0
        || run(List.of("apt-get", "update", "-q")) == 0 && run(List.of("apt-get", "install", "-y", "-q", name)) == 0;
  }

  /** Copies a Python script shipped in the jar to a temporary file and returns its path. */
  static Path script(String name) {
    try (InputStream in = Jupyter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the dlkit jar lacks " + name + "; rebuild it with ./dlkit");
      }
      Path file = Files.createTempFile("dlkit-", "-" + name);
      Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack " + name, e);
    }
  }

  /** Runs a command with this process's input and output and returns its exit code. */
  static int run(List<String> command) {
    return run(command, Map.of());
  }

  /** Runs a command with this process's input and output, and {@code env} added to its environment. */
  static int run(List<String> command, Map<String, String> env) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
      builder.environment().putAll(environment());
      builder.environment().putAll(env);
      return builder.start().waitFor();
    } catch (IOException e) {
      return 127;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
