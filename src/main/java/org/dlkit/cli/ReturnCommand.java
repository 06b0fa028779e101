package org.dlkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlkit.hub.Feedback;
import org.dlkit.hub.HubState;
import org.dlkit.hub.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Puts each student's graded feedback into their home, beside their lab notebook. */
@Command(name = "return", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = "Return FROM/<user>/feedback.md (as dlkit grade writes it) to ~<user>/<lab>/feedback.md.")
final class ReturnCommand implements Callable<Integer> {
  @Option(names = "--lab", required = true, paramLabel = "LAB", description = "The lab: 01 or 01-perceptron.")
  private String lab;

  @Option(names = "--from", required = true, paramLabel = "DIR", description = "The folder dlkit grade wrote (--out).")
  private Path from;

  @Option(names = "--roster", paramLabel = "CSV", description = "The class (default: the hub's students in --state).")
  private Path roster;

  @Option(names = "--state", paramLabel = "DIR", description = "The hub's state folder (default: ${DEFAULT-VALUE}).")
  private Path state = HubState.DEFAULT;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!"root".equals(System.getProperty("user.name"))) {
      err.println("dlkit return: run it as root: it writes into students' homes as each student");
      err.flush();
      return 2;
    }
    try {
      Lab found = Lab.find(TestCommand.projectHome().resolve("notebooks"), lab);
      List<Feedback.Outcome> outcomes = Feedback.give(found, ClassList.students(roster, state, err), from);
      for (Feedback.Outcome outcome : outcomes) {
        out.printf("%-24s %-9s %s%n", outcome.user(), outcome.returned() ? "returned" : "not", outcome.detail());
      }
      long returned = outcomes.stream().filter(Feedback.Outcome::returned).count();
      out.println("dlkit return: feedback for " + found.folder() + " returned to " + returned + " of " + outcomes.size()
          + " students");
      out.flush();
      return 0;
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      err.println("dlkit return: " + e.getMessage());
      err.flush();
      return 2;
    }
  }
}
