package org.dlkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dlkit.grader.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs the whole test suite: first installs what it needs ({@link TestSetup}: Debian's packages when
 * root, else it names them and stops; playwright-core from npm), then {@code mvn test} in the project
 * folder, then the notebooks in {@code src/test/notebooks} and the lab sources in {@code labs/} (with
 * solutions) through Jupyter with the dlkit kernel restricted to IJava 1.3.0's default imports, the
 * labs again with JJava's (the test notebooks again on JDK 25 when it is installed), then the kernel's
 * protocol tests through jupyter_client, the PyTorch benchmark peer's tests, the labs in
 * Chromium ({@link BrowserTest}), and last the class hub end to end ({@link HubTest}). Stops at the first failing stage and exits with its code.
 *
 * <p>The project folder is the system property {@code dlkit.home}, which the {@code ./dlkit}
 * launcher sets, or else the current directory.
 */
@Command(
    name = "test",
    description = "Run all tests: Maven, the notebooks, the kernel and peer protocols.",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class)
final class TestCommand implements Callable<Integer> {
  static final String HOME_PROPERTY = "dlkit.home";
  /** The kernel's environment variable that picks its default imports (see org.dlkit.kernel.DefaultImports). */
  static final String IMPORTS_VARIABLE = "DLKIT_KERNEL_IMPORTS";
  /** A second JDK the smoke notebooks also run on, when it is installed. */
  static final Path SECOND_JDK = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

  @picocli.CommandLine.Option(names = "--only-hub",
      description = "Run only the class hub's end-to-end test (root; after its setup).")
  private boolean onlyHub;

  @Spec private CommandSpec spec;

  /** Starts Maven with this process's stdin, stdout and stderr, waits, and returns its exit code. */
  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Path home = projectHome();
    if (!Files.isRegularFile(home.resolve("pom.xml"))) {
      err.println("dlkit test: no pom.xml in " + home + "; run it from the dlkit folder"
          + " or through the ./dlkit launcher there.");
      err.flush();
      return 2;
    }
    int ready = TestSetup.ensure(home, err);
    if (ready != 0) {
      return ready;
    }
    if (onlyHub) {
      try {
        return HubTest.run(home, err);
      } catch (IOException e) {
        err.println("dlkit test: the hub test failed: " + e.getMessage());
        err.flush();
        return 1;
      }
    }
    ProcessBuilder maven = new ProcessBuilder("mvn", "-B", "--no-transfer-progress", "test")
        .directory(home.toFile())
        .inheritIO();
    try {
      int code = maven.start().waitFor();
      return code != 0 ? code : notebooksAndProtocol(home, err);
    } catch (IOException e) {
      err.println("dlkit test: could not start Maven ('mvn'): " + e.getMessage() + ".");
      err.println("Install Maven 3.8 or newer and make sure 'mvn' is on your PATH, then try again.");
      err.flush();
      return 2;
    }
  }

  /**
   * Runs the test notebooks and every lab with its solutions, then the test notebooks again on the
   * second JDK, then the kernel protocol tests and the PyTorch benchmark peer's tests.
   */
  private static int notebooksAndProtocol(Path home, PrintWriter err) throws IOException {
    List<Path> smoke;
    try (Stream<Path> files = Files.list(home.resolve("src/test/notebooks"))) {
      smoke = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().collect(Collectors.toList());
    }
    List<Path> labs = Release.sources(home.resolve("labs")); // every lab, with its solutions
    List<Path> notebooks = new java.util.ArrayList<>(smoke);
    notebooks.addAll(labs);
    Path out = home.resolve("target/executed");
    err.println("dlkit test: the notebooks, with the kernel's default imports restricted to IJava 1.3.0's");
    err.flush();
    int code = RunCommand.run(notebooks, out, null, 600, Map.of(IMPORTS_VARIABLE, "ijava"), err);
    if (code == 0) {
      err.println("dlkit test: the labs again, with JJava's default imports (IJava's and java.time.*)");
      err.flush();
      code = RunCommand.run(labs, out.resolve("jjava-imports"), null, 600, Map.of(IMPORTS_VARIABLE, "jjava"), err);
    }
    if (code == 0 && Files.isExecutable(SECOND_JDK)) {
      err.println("dlkit test: the test notebooks again, with the kernel on " + SECOND_JDK);
      err.flush();
      code = RunCommand.run(smoke, out.resolve("jdk25"), SECOND_JDK.toString(), 600, err);
    }
    if (code != 0) {
      return code;
    }
    code = Jupyter.run(List.of(Jupyter.python(), home.resolve("src/test/python/kernel_protocol_test.py").toString(),
        KernelSpec.NAME));
    if (code != 0) {
      return code;
    }
    code = Jupyter.run(List.of(Jupyter.python(), home.resolve("src/test/python/widget_protocol_test.py").toString(),
        KernelSpec.NAME));
    if (code != 0) {
      return code;
    }
    // The PyTorch benchmark peer's protocol, on the same Debian Python (torch and numpy from TestSetup).
    code = Jupyter.run(List.of(Jupyter.python(), home.resolve("src/test/python/torch_peer_test.py").toString()));
    if (code != 0) {
      return code;
    }
    try {
      code = BrowserTest.run(home, labs.stream().map(lab -> home.relativize(lab.toAbsolutePath()).toString()).toList(), err);
      if (code != 0) {
        return code;
      }
      err.println("dlkit test: the class hub (JupyterHub, 3 test accounts, Chromium login, collect, grade, return)");
      err.flush();
      return HubTest.run(home, err);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /** Returns the folder whose pom.xml the suite is run from. */
  static Path projectHome() {
    String home = System.getProperty(HOME_PROPERTY, System.getProperty("user.dir"));
    return Path.of(home).toAbsolutePath().normalize();
  }
}
