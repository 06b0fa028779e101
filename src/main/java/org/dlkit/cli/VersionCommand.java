package org.dlkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the dlkit version and, on a second line, the Java version and vendor running it. */
@Command(
    name = "version",
    description = "Print the dlkit and Java versions.",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class)
final class VersionCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /** Prints the two version lines and returns 0. */
  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("dlkit " + ManifestVersion.current());
    String java = System.getProperty("java.version");
    out.println("Java " + java + " (" + System.getProperty("java.vendor") + ")");
    out.flush();
    return 0;
  }
}
