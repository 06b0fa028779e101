package org.dlkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlkit.grader.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Generates the student notebooks in notebooks/ from the instructor sources in labs/. */
@Command(name = "release", description = "Make the student notebooks in notebooks/ from labs/.",
    mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class)
final class ReleaseCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    Path home = TestCommand.projectHome();
    PrintWriter out = spec.commandLine().getOut();
    List<Path> written = Release.release(home.resolve("labs"), home.resolve("notebooks"));
    for (Path file : written) {
      out.println("dlkit release: wrote " + home.relativize(file));
    }
    out.println("dlkit release: " + written.size() + " student notebook" + (written.size() == 1 ? "" : "s"));
    out.flush();
    return 0;
  }
}
