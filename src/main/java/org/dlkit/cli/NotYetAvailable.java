package org.dlkit.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Stands in for a command that a later issue builds: whatever its arguments, it says on stderr
 * which issue brings it, and exits 2.
 */
@Command
final class NotYetAvailable implements Callable<Integer> {
  /** The issue that brings the command, as in "the kernel issue (#4)". */
  private final String issue;

  @Spec private CommandSpec spec;

  /** Every argument is accepted and ignored, so the user sees the message, not a usage error. */
  @Unmatched private List<String> ignored = new ArrayList<>();

  private NotYetAvailable(String issue) {
    this.issue = issue;
  }

  /** Prints which issue brings this command and returns 2. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("dlkit " + spec.name() + " is not available yet: it arrives with " + issue + "."
        + " Run './dlkit --help' for what works now.");
    err.flush();
    return CommandLine.ExitCode.USAGE;
  }

  /** Adds the not-yet-built commands to {@code dlkit}; picocli calls it after reading Main's annotations. */
  static final class Register implements IModelTransformer {

    /** Returns {@code dlkit} with grade added. */
    @Override
    public CommandSpec transform(CommandSpec dlkit) {
      add(dlkit, "grade", "Grade submitted notebooks", "autograder", 6);
      return dlkit;
    }

    /** Adds command {@code name}, described as {@code what}, which the given issue will build. */
    private static void add(CommandSpec dlkit, String name, String what, String issueName, int issueNumber) {
      String issue = "the " + issueName + " issue (#" + issueNumber + ")";
      String description = what + " (coming with the " + issueName + " issue, #" + issueNumber + ").";
      CommandSpec command = CommandSpec.forAnnotatedObject(new NotYetAvailable(issue)).name(name);
      command.usageMessage().description(description);
      dlkit.addSubcommand(name, command);
    }
  }
}
