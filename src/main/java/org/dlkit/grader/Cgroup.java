package org.dlkit.grader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One submission JVM's own control group: a process limit ({@code pids.max}) and a memory limit
 * that counts native memory too ({@code memory.max}, or cgroup v1's {@code memory.limit_in_bytes}),
 * so that no submission can spend them for another. Created under the grader's own group, joined
 * by the sandbox command's first step, and removed (with anything left in it) on {@link #close()}.
 */
final class Cgroup implements AutoCloseable {
  private static final Path ROOT = Path.of("/sys/fs/cgroup");
  private static final AtomicLong COUNTER = new AtomicLong();

  private final List<Path> groups;
  private final Path memoryGroup;

  private Cgroup(List<Path> groups, Path memoryGroup) {
    this.groups = groups;
    this.memoryGroup = memoryGroup;
  }

  /** Returns which mechanism limits processes and memory here: "cgroup v2", "cgroup v1", or null when neither can. */
  static String mechanism() {
    try (Cgroup probe = create(16, 64)) {
      return probe == null ? null : probe.groups.size() == 1 ? "cgroup v2" : "cgroup v1";
    }
  }

  /**
   * Creates a group that allows {@code processes} processes and threads and {@code megabytes} of
   * memory; returns null when this machine offers no writable memory and pids controllers.
   */
  static Cgroup create(int processes, int megabytes) {
    String name = "dlkit-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + "-"
        + Long.toHexString(new java.security.SecureRandom().nextLong() & Long.MAX_VALUE);
    long bytes = megabytes * 1024L * 1024L;
    Path v2 = own("").map(p -> ROOT.resolve(p)).orElse(null);
    if (v2 != null && Files.isRegularFile(ROOT.resolve("cgroup.controllers")) && enabled(v2)) {
      Path group = v2.resolve(name);
      if (make(group)) {
        if (write(group.resolve("pids.max"), processes) && write(group.resolve("memory.max"), bytes)) {
          write(group.resolve("memory.swap.max"), 0);
          return new Cgroup(List.of(group), group);
        }
        remove(group);
      }
    }
    Path pids = own("pids").map(p -> ROOT.resolve("pids").resolve(p).resolve(name)).orElse(null);
    Path memory = own("memory").map(p -> ROOT.resolve("memory").resolve(p).resolve(name)).orElse(null);
    if (pids == null || memory == null || !make(pids)) {
      return null;
    }
    if (!make(memory)) {
      remove(pids);
      return null;
    }
    if (write(pids.resolve("pids.max"), processes) && write(memory.resolve("memory.limit_in_bytes"), bytes)) {
      if (Files.exists(memory.resolve("memory.memsw.limit_in_bytes"))) {
        write(memory.resolve("memory.memsw.limit_in_bytes"), bytes);
      }
      return new Cgroup(List.of(pids, memory), memory);
    }
    remove(pids);
    remove(memory);
    return null;
  }

  /** Returns the command prefix that moves the command after it into this group (it runs as root). */
  List<String> joinPrefix() {
    List<String> prefix = new ArrayList<>(List.of("/bin/sh", "-c",
        "while [ \"$1\" != -- ]; do echo $$ > \"$1\" || { echo \"dlkit: could not join the control group $1\" >&2; "
            + "exit 125; }; shift; done; shift; exec \"$@\"", "dlkit-cgroup"));
    groups.forEach(g -> prefix.add(g.resolve("cgroup.procs").toString()));
    prefix.add("--");
    return prefix;
  }

  /** Returns whether the kernel killed a process of this group for exceeding its memory limit. */
  boolean outOfMemory() {
    for (String file : List.of("memory.events", "memory.oom_control")) {
      try {
        for (String line : Files.readAllLines(memoryGroup.resolve(file))) {
          if (line.startsWith("oom_kill ") && !line.equals("oom_kill 0")) {
            return true;
          }
        }
      } catch (IOException e) {
        // not this cgroup version's file
      }
    }
    return false;
  }

  /** Kills whatever is left in the group and removes it. */
  @Override
  public void close() {
    for (Path group : groups) {
      remove(group);
    }
  }

  private static boolean enabled(Path parent) {
    try {
      String controllers = Files.readString(parent.resolve("cgroup.subtree_control"));
      return controllers.contains("memory") && controllers.contains("pids");
    } catch (IOException e) {
      return false;
    }
  }

  /** Returns this process's group path in the hierarchy of {@code controller} ("" for cgroup v2's), if mounted. */
  private static java.util.Optional<String> own(String controller) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/cgroup"))) {
        String[] parts = line.split(":", 3);
        if (parts.length == 3 && (controller.isEmpty() ? parts[0].equals("0") && parts[1].isEmpty()
            : List.of(parts[1].split(",")).contains(controller))) {
          String path = parts[2].startsWith("/") ? parts[2].substring(1) : parts[2];
          Path base = controller.isEmpty() ? ROOT : ROOT.resolve(controller);
          return Files.isDirectory(base.resolve(path)) ? java.util.Optional.of(path) : java.util.Optional.empty();
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /proc or no cgroups
    }
    return java.util.Optional.empty();
  }

  private static boolean make(Path group) {
    try {
      Files.createDirectory(group);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean write(Path file, long value) {
    try {
      Files.writeString(file, Long.toString(value), StandardCharsets.US_ASCII);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void remove(Path group) {
    for (int attempt = 0; attempt < 50 && Files.isDirectory(group); attempt++) {
      try {
        for (String pid : Files.readAllLines(group.resolve("cgroup.procs"))) {
          ProcessHandle.of(Long.parseLong(pid.strip())).ifPresent(ProcessHandle::destroyForcibly);
        }
        Files.delete(group);
      } catch (IOException | RuntimeException e) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
