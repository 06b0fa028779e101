package org.dlkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dlkit.hub.Accounts;
import org.dlkit.hub.HubServer;
import org.dlkit.hub.HubSettings;
import org.dlkit.hub.HubState;
import org.dlkit.hub.Limits;
import org.dlkit.hub.Member;
import org.dlkit.hub.Ports;
import org.dlkit.hub.Role;
import org.dlkit.hub.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Load-tests a class hub on loopback: N bench accounts ({@value #PREFIX}01...), a hub with the
 * default limits, then {@code hub_driver.py bench} through the hub's REST API: every server started,
 * a dlkit kernel per user, lab 1's solution cells alone and then in every kernel at once. Stops the
 * hub and removes the bench accounts afterwards unless {@code --keep}.
 */
@Command(name = "hub", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = "Load-test a class hub: N students run lab 1 at once (root; creates and removes bench accounts).")
final class BenchHubCommand implements Callable<Integer> {
  /** The user-name prefix of bench accounts, so that cleaning up touches nothing else. */
  static final String PREFIX = "dlkbench";

  @Option(names = "--users", paramLabel = "N", description = "Students (default: ${DEFAULT-VALUE}).")
  private int users = 20;

  @Option(names = "--state", paramLabel = "DIR", description = "The bench hub's state folder (default: ${DEFAULT-VALUE}).")
  private Path state = Path.of("/srv/dlkit-hub-bench");

  @Option(names = "--keep", description = "Leave the hub, servers and bench accounts running afterwards.")
  private boolean keep;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!"root".equals(System.getProperty("user.name")) || users < 1 || users > 200) {
      err.println("dlkit bench hub: run it as root with --users between 1 and 200 (it creates Unix accounts)");
      err.flush();
      return 2;
    }
    int installed = HubCommand.ensureInstalled(err);
    if (installed != 0) {
      return installed;
    }
    Path home = TestCommand.projectHome();
    List<Member> members = new ArrayList<>();
    for (int i = 1; i <= users; i++) {
      members.add(new Member(String.format("%s%02d", PREFIX, i), "bench student " + i, Role.STUDENT, i));
    }
    HubState hubState = new HubState(state.toAbsolutePath().normalize());
    try {
      HubSettings settings = HubCommand.up(home, hubState, Roster.of(members), List.of("01"), "127.0.0.1", Ports.free(),
          Limits.DEFAULT, err);
      List<String> command = new ArrayList<>(List.of("/usr/bin/python3", Jupyter.script("hub_driver.py").toString(),
          "bench", "http://127.0.0.1:" + settings.port(), settings.apiToken(),
          home.resolve("labs/01-perceptron/perceptron.ipynb").toString()));
      members.forEach(m -> command.add(m.user()));
      return Jupyter.run(command);
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      err.println("dlkit bench hub: " + e.getMessage());
      err.flush();
      return 2;
    } finally {
      if (!keep) {
        HubServer.stopHub(hubState);
        HubServer.stopServers(hubState);
        members.forEach(m -> Accounts.remove(m.user()));
      }
    }
  }
}
