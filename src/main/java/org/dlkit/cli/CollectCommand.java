package org.dlkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlkit.hub.Collect;
import org.dlkit.hub.HubState;
import org.dlkit.hub.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Copies each student's lab notebook from their home into a folder that {@code dlkit grade} takes. */
@Command(name = "collect", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = {"Collect a lab from every student's home into OUT/<user>.ipynb, ready for dlkit grade.",
        "Symbolic links, other owners' files, hard links, pipes and files over the cap are refused, and each "
            + "notebook is read with the student's own permissions."})
final class CollectCommand implements Callable<Integer> {
  @Option(names = "--lab", required = true, paramLabel = "LAB", description = "The lab: 01 or 01-perceptron.")
  private String lab;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where <user>.ipynb files go.")
  private Path out;

  @Option(names = "--roster", paramLabel = "CSV", description = "The class (default: the hub's students in --state).")
  private Path roster;

  @Option(names = "--state", paramLabel = "DIR", description = "The hub's state folder (default: ${DEFAULT-VALUE}).")
  private Path state = HubState.DEFAULT;

  @Option(names = "--max-mib", paramLabel = "MIB", description = "The largest notebook taken (default: ${DEFAULT-VALUE}).")
  private int maxMib = (int) (Collect.DEFAULT_MAX_BYTES >> 20);

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      Lab found = Lab.find(TestCommand.projectHome().resolve("notebooks"), lab);
      boolean root = "root".equals(System.getProperty("user.name"));
      List<Collect.Outcome> outcomes = Collect.run(found, ClassList.students(roster, state, err), out,
          (long) maxMib << 20, root ? Collect.AS_STUDENT : Collect.DIRECT);
      int refused = 0;
      for (Collect.Outcome outcome : outcomes) {
        stdout.printf("%-24s %-9s %s%n", outcome.user(), outcome.status().name().toLowerCase(java.util.Locale.ROOT),
            outcome.detail());
        refused += outcome.status() == Collect.Status.REFUSED ? 1 : 0;
      }
      long collected = outcomes.stream().filter(o -> o.status() == Collect.Status.COLLECTED).count();
      stdout.println("dlkit collect: " + collected + " of " + outcomes.size() + " notebooks of " + found.folder()
          + " in " + out + (refused > 0 ? "; " + refused + " refused (see above)" : ""));
      stdout.flush();
      return refused > 0 ? 1 : 0;
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      err.println("dlkit collect: " + e.getMessage());
      err.flush();
      return 2;
    }
  }
}
