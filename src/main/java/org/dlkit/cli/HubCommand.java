package org.dlkit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dlkit.hub.Account;
import org.dlkit.hub.Accounts;
import org.dlkit.hub.Handout;
import org.dlkit.hub.HubServer;
import org.dlkit.hub.HubSettings;
import org.dlkit.hub.HubState;
import org.dlkit.hub.Lab;
import org.dlkit.hub.Library;
import org.dlkit.hub.Limits;
import org.dlkit.hub.Roster;
import org.dlkit.hub.RosterException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Serves a class from one machine: Unix accounts for the roster, the released labs in every home,
 * the dlkit kernel for every student, and JupyterHub (PAM login, one limited classic Notebook server
 * per student) started in the background; {@code --stop} stops the hub and every student's server.
 */
@Command(name = "hub", mixinStandardHelpOptions = true, versionProvider = ManifestVersion.class,
    description = {"Serve a class on one JupyterHub: accounts, notebooks, limits, PAM login.",
        "Run as root. Passwords of new accounts go once into STATE/passwords.csv (root only)."})
final class HubCommand implements Callable<Integer> {
  @Option(names = "--roster", paramLabel = "CSV", description = "The class: user[,name[,role]] lines, role student or instructor.")
  private Path roster;

  @Option(names = "--port", description = "The port students open (default: ${DEFAULT-VALUE}).")
  private int port = 8000;

  @Option(names = "--ip", description = "The address the hub listens on (default: every interface).")
  private String ip = "";

  @Option(names = "--lab", paramLabel = "LAB", description = "A lab to hand out (01 or 01-perceptron); repeat it; default: all.")
  private List<String> labs = new ArrayList<>();

  @Option(names = "--state", paramLabel = "DIR", description = "The hub's state folder (default: ${DEFAULT-VALUE}).")
  private Path state = HubState.DEFAULT;

  @Option(names = "--heap", description = "Each kernel JVM's maximum heap (default: ${DEFAULT-VALUE}).")
  private String heap = Limits.DEFAULT.heap();

  @Option(names = "--memory", paramLabel = "MIB", description = "Memory limit of each student's server with its kernels (default: ${DEFAULT-VALUE}).")
  private int memory = Limits.DEFAULT.memoryMegabytes();

  @Option(names = "--processes", paramLabel = "N", description = "Process and thread limit of each student's server (default: ${DEFAULT-VALUE}).")
  private int processes = Limits.DEFAULT.processes();

  @Option(names = "--idle", paramLabel = "SECONDS", description = "Idle kernels, then idle servers, stop after this (default: ${DEFAULT-VALUE}).")
  private int idle = Limits.DEFAULT.idleSeconds();

  @Option(names = "--stop", description = "Stop the hub and every student's server.")
  private boolean stop;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    HubState hubState = new HubState(state.toAbsolutePath().normalize());
    try {
      if (stop) {
        boolean hub = HubServer.stopHub(hubState);
        int servers = HubServer.stopServers(hubState);
        out.println("dlkit hub: " + (hub ? "stopped the hub" : "no hub was running") + " and " + servers
            + " server processes of its students");
        out.flush();
        return 0;
      }
      if (roster == null) {
        err.println("dlkit hub: give --roster students.csv (user[,name[,role]] lines), or --stop");
        err.flush();
        return 2;
      }
      if (!"root".equals(System.getProperty("user.name"))) {
        err.println("dlkit hub: run it as root: it creates Unix accounts and JupyterHub's PAM login needs root");
        err.flush();
        return 2;
      }
      Limits limits = new Limits(heap, memory, processes, idle);
      Roster checked = Roster.read(roster);
      int installed = ensureInstalled(err);
      if (installed != 0) {
        return installed;
      }
      HubSettings settings = up(TestCommand.projectHome(), hubState, checked, labs, ip, port, limits, err);
      out.println("dlkit hub: serving " + checked.students().size() + " students and " + checked.instructors().size()
          + " instructors at " + settings.url(hostName()));
      out.println("dlkit hub: passwords of new accounts are in " + hubState.passwords() + " (root only); log in "
          + hubState.log() + "; stop with ./dlkit hub --stop" + (state.equals(HubState.DEFAULT) ? "" : " --state " + state));
      out.flush();
      return 0;
    } catch (RosterException e) {
      err.println("dlkit hub: " + e.getMessage());
      err.flush();
      return 2;
    } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
      err.println("dlkit hub: " + e.getMessage());
      err.flush();
      return 2;
    }
  }

  /**
   * Sets the class up and (re)starts the hub: accounts, handed-out labs, the jars and the kernel,
   * the settings; a hub already running is restarted, keeping the students' servers.
   */
  static HubSettings up(Path home, HubState hubState, Roster roster, List<String> labNames, String ip, int port,
      Limits limits, PrintWriter log) {
    Map<String, Account> accounts = Accounts.ensure(roster, hubState.create().passwords(), log);
    Path notebooks = home.resolve("notebooks");
    List<Lab> labs = labNames.isEmpty() ? Lab.all(notebooks) : labNames.stream().map(n -> Lab.find(notebooks, n)).toList();
    int copied = 0;
    String classpath = Library.copy(KernelSpec.currentClasspath(), hubState.jars());
    Handout.shareSuites(home.resolve("grader"), hubState.folder().resolve("grader"));
    for (Account account : accounts.values()) {
      Handout.link(hubState.jars(), "target", account);
      Handout.link(hubState.folder().resolve("grader"), "grader", account);
      for (Lab lab : labs) {
        copied += Handout.give(lab, account);
      }
    }
    log.println("dlkit hub: handed out " + labs.stream().map(Lab::folder).toList() + " (" + copied
        + " new files; edited copies kept)");
    KernelSpec.write(hubState.jupyterPath(), KernelSpec.NAME, KernelSpec.DISPLAY_NAME, KernelSpec.currentJava(), classpath,
        limits.heap());
    HubSettings settings = HubSettings.of(hubState, roster, ip, port, limits);
    settings.write(hubState);
    if (HubServer.stopHub(hubState)) {
      log.println("dlkit hub: restarting the hub; students' servers keep running");
    }
    log.flush();
    HubServer.start(hubState, settings);
    return settings;
  }

  /** Installs JupyterHub, its proxy and the notebook server with apt when root; else prints the apt line. */
  static int ensureInstalled(PrintWriter err) {
    List<String> missing = new ArrayList<>();
    if (!HubServer.installed()) {
      missing.addAll(HubServer.DEBIAN_PACKAGES);
    }
    if (Jupyter.jupyter() == null) {
      missing.add("jupyter-notebook");
    }
    if (missing.isEmpty()) {
      return 0;
    }
    if (Jupyter.canInstallWithApt()) {
      err.println("dlkit hub: installing " + String.join(" ", missing) + " (apt-get, once)");
      err.flush();
      for (String name : missing) {
        if (!Jupyter.installPackageWithApt(name)) {
          err.println("dlkit hub: apt-get could not install " + name + "; see its output above");
          err.flush();
          return 2;
        }
      }
      return 0;
    }
    err.println("dlkit hub: JupyterHub is missing; install it with:");
    err.println("  sudo apt-get install -y " + String.join(" ", missing));
    err.flush();
    return 2;
  }

  private static String hostName() {
    try {
      return java.net.InetAddress.getLocalHost().getCanonicalHostName();
    } catch (java.net.UnknownHostException e) {
      return "localhost";
    }
  }
}
