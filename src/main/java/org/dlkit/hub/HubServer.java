package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts and stops the hub process ({@code jupyterhub -f <state>/jupyterhub_config.py}, detached with
 * {@code setsid}, its output in {@code <state>/jupyterhub.log}), and stops the students' servers by
 * their control groups.
 */
public final class HubServer {
  /** Debian's packages the hub needs. */
  public static final List<String> DEBIAN_PACKAGES = List.of("jupyterhub", "node-configurable-http-proxy");
  private static final long START_MILLIS = 120_000;

  private HubServer() {}

  /** Returns whether Debian's JupyterHub and its proxy are installed. */
  public static boolean installed() {
    return Files.isExecutable(Path.of("/usr/bin/jupyterhub")) && Files.isExecutable(Path.of("/usr/bin/configurable-http-proxy"))
        && Files.isExecutable(Path.of("/usr/bin/jupyterhub-singleuser"));
  }

  /** Returns the running hub's process, if its pid file names a live jupyterhub. */
  public static Optional<ProcessHandle> running(HubState state) {
    return pidIn(state.pidFile()).filter(p -> p.info().commandLine().map(c -> c.contains("jupyterhub")).orElse(true));
  }

  /** Starts the hub and waits until its API answers; throws naming the log when it does not. */
  public static void start(HubState state, HubSettings settings) {
    List<String> command = List.of("setsid", "/usr/bin/jupyterhub", "-f", state.config().toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(state.folder().toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(state.log().toFile()))
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin");
    // Debian's proxy finds its modules (commander, http-proxy) in /usr/share/nodejs only through Debian's
    // own node; a node from elsewhere (NodeSource's here) needs the path spelled out.
    builder.environment().put("NODE_PATH", "/usr/share/nodejs:/usr/lib/nodejs");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start jupyterhub: " + e.getMessage(), e);
    }
    long deadline = System.currentTimeMillis() + START_MILLIS;
    String api = "http://127.0.0.1:" + settings.port() + "/hub/api/";
    while (System.currentTimeMillis() < deadline) {
      if (answers(api)) {
        privateFile(state.folder().resolve("jupyterhub.sqlite"));
        return;
      }
      if (!process.isAlive() && running(state).isEmpty()) {
        throw new IllegalStateException("jupyterhub exited at start; see " + state.log());
      }
      sleep(300);
    }
    throw new IllegalStateException("jupyterhub did not answer on " + api + " within " + START_MILLIS / 1000
        + " s; see " + state.log());
  }

  /** Stops the hub process only (its proxy with it); students' servers keep running. */
  public static boolean stopHub(HubState state) {
    Optional<ProcessHandle> hub = running(state);
    hub.ifPresent(h -> end(List.of(h)));
    pidIn(state.proxyPidFile()).ifPresent(p -> end(List.of(p)));
    return hub.isPresent();
  }

  /** Stops every student's server and kernels (all processes in this hub's control groups); returns how many. */
  public static int stopServers(HubState state) {
    List<Path> groups = groups(state.cgroupName());
    List<ProcessHandle> processes = new ArrayList<>();
    for (Path group : groups) {
      processes.addAll(members(group));
    }
    end(processes);
    for (Path group : groups) {
      removeTree(group);
    }
    return processes.size();
  }

  /** Returns the folders of the control groups named {@code name}, in every hierarchy. */
  static List<Path> groups(String name) {
    List<Path> found = new ArrayList<>();
    for (String hierarchy : List.of("memory", "pids", "unified", "")) {
      Path root = Path.of("/sys/fs/cgroup", hierarchy);
      if (!Files.isDirectory(root) || hierarchy.isEmpty() && !Files.exists(root.resolve("cgroup.controllers"))) {
        continue;
      }
      try (Stream<Path> walk = Files.find(root, 6, (p, a) -> a.isDirectory() && p.getFileName().toString().equals(name))) {
        walk.forEach(found::add);
      } catch (IOException | UncheckedIOException e) {
        // a hierarchy we cannot read holds none of ours
      }
    }
    return found;
  }

  private static List<ProcessHandle> members(Path group) {
    List<ProcessHandle> out = new ArrayList<>();
    try (Stream<Path> procs = Files.find(group, 3, (p, a) -> p.getFileName().toString().equals("cgroup.procs"))) {
      for (Path file : procs.toList()) {
        for (String line : Files.readAllLines(file)) {
          if (!line.isBlank()) {
            ProcessHandle.of(Long.parseLong(line.strip())).ifPresent(out::add);
          }
        }
      }
    } catch (IOException e) {
      // gone already
    }
    return out;
  }

  private static void removeTree(Path group) {
    try (Stream<Path> walk = Files.walk(group)) {
      walk.filter(Files::isDirectory).sorted(java.util.Comparator.reverseOrder()).forEach(dir -> {
        try {
          Files.delete(dir); // cgroup folders are removed with rmdir, their files vanish with them
        } catch (IOException busy) {
          // still has a process (or was removed already)
        }
      });
    } catch (IOException e) {
      // gone already
    }
  }

  /** Sends SIGTERM, waits up to 10 s, then SIGKILL. */
  private static void end(List<ProcessHandle> processes) {
    processes.forEach(ProcessHandle::destroy);
    long deadline = System.currentTimeMillis() + 10_000;
    for (ProcessHandle p : processes) {
      try {
        p.onExit().get(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
      } catch (Exception notYet) {
        p.destroyForcibly();
      }
    }
  }

  private static Optional<ProcessHandle> pidIn(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      String text = Files.readString(file, StandardCharsets.UTF_8).strip();
      return text.matches("[0-9]+") ? ProcessHandle.of(Long.parseLong(text)).filter(ProcessHandle::isAlive) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static void privateFile(Path file) {
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      // not there (another database) or not ours to change
    }
  }

  /** Returns whether {@code url} answers with HTTP 200. */
  public static boolean answers(String url) {
    try {
      HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
      connection.setConnectTimeout(1000);
      connection.setReadTimeout(5000);
      return connection.getResponseCode() == 200;
    } catch (IOException e) {
      return false;
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the hub", e);
    }
  }
}
