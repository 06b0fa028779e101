package org.dlkit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Runs the {@code dlkit} command: parses the arguments, dispatches to one subcommand and exits
 * with its code (2 for usage errors).
 *
 * <p>Each subcommand is one class in this package.
 */
@Command(
    name = "dlkit",
    mixinStandardHelpOptions = true,
    versionProvider = ManifestVersion.class,
    description = "A deep-learning course lab kit for Java.",
    subcommands = {NotebookCommand.class, RunCommand.class, KernelCommand.class, TestCommand.class, VersionCommand.class,
        BenchCommand.class, ReleaseCommand.class, GradeCommand.class, ReportCommand.class, HubCommand.class,
        CollectCommand.class, ReturnCommand.class})
public final class Main implements Callable<Integer> {
  @Spec private CommandSpec spec;

  /** Runs {@code dlkit} with the given arguments and exits the JVM with the command's code. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }

  /** Prints the usage to stderr and returns 2, because {@code dlkit} alone names no command. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
