package org.dlkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs the whole test suite with {@code mvn test} in the project folder and exits with Maven's code.
 *
 * <p>The project folder is the system property {@code dlkit.home}, which the {@code ./dlkit}
 * launcher sets, or else the current directory.
 */
@Command(
    name = "test",
    description = "Run the whole test suite (mvn test).",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class)
final class TestCommand implements Callable<Integer> {
  static final String HOME_PROPERTY = "dlkit.home";

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
    ProcessBuilder maven = new ProcessBuilder("mvn", "-B", "--no-transfer-progress", "test")
        .directory(home.toFile())
        .inheritIO();
    try {
      return maven.start().waitFor();
    } catch (IOException e) {
      err.println("dlkit test: could not start Maven ('mvn'): " + e.getMessage() + ".");
      err.println("Install Maven 3.8 or newer and make sure 'mvn' is on your PATH, then try again.");
      err.flush();
      return 2;
    }
  }

  /** Returns the folder whose pom.xml the suite is run from. */
  static Path projectHome() {
    String home = System.getProperty(HOME_PROPERTY, System.getProperty("user.dir"));
    return Path.of(home).toAbsolutePath().normalize();
  }
}
