package org.dlkit.grader;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line of one submission's JVM at an {@link Isolation} level, in layers: the
 * slot's control group, the slot's own uid (when the grader is root), prlimit's limits, then, at the
 * sandboxed levels, bubblewrap's namespaces and read-only binds (the system, the JDK, dlkit's class
 * path, the submission's classes, the result channel, the class-data archive), and last the JVM
 * with its memory limits and the modules a test needs.
 */
final class SandboxCommand {
  private final Isolation isolation;
  private final List<Path> classPath;
  private final Sandbox.Limits limits;

  /** Returns the builder for JVMs at {@code isolation} on {@code classPath} within {@code limits}. */
  SandboxCommand(Isolation isolation, List<Path> classPath, Sandbox.Limits limits) {
    this.isolation = isolation;
    this.classPath = classPath;
    this.limits = limits;
  }

  /**
   * Returns the command that runs {@code main} on the classes in {@code classes} (or none when
   * null) in slot {@code slot}, joining {@code cgroup} when there is one, with the grader's
   * channel folder {@code channel} (when not null) bound read-only at {@link Sandbox#CHANNEL}, and
   * the class-data {@code archive} (when not null) mapped.
   */
  List<String> build(Path classes, int slot, String main, Cgroup cgroup, Path channel, Path archive) {
    List<String> command = new ArrayList<>();
    if (cgroup != null) {
      command.addAll(cgroup.joinPrefix());
    }
    if (isolation == Isolation.FULL || isolation == Isolation.OWN_USER) {
      command.addAll(asSlotUser(slot));
    }
    command.addAll(resourceLimits(cgroup == null));
    List<String> cp = new ArrayList<>();
    String classData = archive == null ? null : archive.toString();
    if (isolation.sandboxed()) {
      command.addAll(bubblewrap());
      command.addAll(binds(classes, cp));
      if (channel != null) {
        command.addAll(List.of("--ro-bind", channel.toString(), Sandbox.CHANNEL));
      }
      if (classData != null) {
        command.addAll(List.of("--ro-bind", archive.getParent().toString(), "/cds"));
        classData = "/cds/" + archive.getFileName();
      }
      if (isolation == Isolation.NO_USER_NAMESPACE) {
        command.addAll(asSlotUser(slot));
      }
    } else {
      classPath.forEach(p -> cp.add(p.toString()));
      if (classes != null) {
        cp.add(classes.toString());
      }
      command.addAll(List.of("/usr/bin/env", "-i"));
      command.addAll(environment());
    }
    command.addAll(java(cp, main, classData == null ? List.of() : List.of("-XX:SharedArchiveFile=" + classData)));
    return command;
  }

  /** Returns the prefix that runs the rest as the slot's own uid (when the grader is root) without new privileges. */
  private static List<String> asSlotUser(int slot) {
    if (!Slots.root()) {
      return List.of();
    }
    String uid = Integer.toString(Slots.uid(slot));
    return List.of("/usr/bin/setpriv", "--reuid=" + uid, "--regid=" + uid, "--clear-groups", "--no-new-privs");
  }

  /** Returns prlimit's prefix: processes, no core files, and the address space when no control group caps memory. */
  private List<String> resourceLimits(boolean capAddressSpace) {
    List<String> prlimit = new ArrayList<>(List.of("/usr/bin/prlimit", "--nproc=" + limits.processes(), "--core=0"));
    if (capAddressSpace) {
      prlimit.add("--as=" + limits.memoryMegabytes() * 1024L * 1024L);
    }
    prlimit.add("--");
    return prlimit;
  }

  /** Returns bubblewrap's namespaces and file system: the system read-only, no /proc, a small private /tmp. */
  private List<String> bubblewrap() {
    List<String> bwrap = new ArrayList<>(List.of(Sandbox.BWRAP.toString()));
    bwrap.addAll(isolation == Isolation.FULL ? List.of("--unshare-all")
        : List.of("--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try"));
    bwrap.addAll(List.of("--die-with-parent", "--new-session", "--clearenv",
        "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
        "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin", "--ro-bind", "/etc", "/etc",
        "--dev", "/dev", "--size", Long.toString(limits.tmpMegabytes() * 1024L * 1024L), "--tmpfs", "/tmp",
        "--chdir", "/tmp"));
    for (String variable : environment()) {
      String[] pair = variable.split("=", 2);
      bwrap.addAll(List.of("--setenv", pair[0], pair[1]));
    }
    Path javaHome = javaHome();
    if (!javaHome.startsWith("/usr")) {
      bwrap.addAll(List.of("--ro-bind", javaHome.toString(), javaHome.toString()));
    }
    return bwrap;
  }

  /**
   * Returns the JVM's whole environment: no home, a UTF-8 locale, few malloc arenas
   * (each reserves 64 MB of address space), and the JDK's libraries, which the launcher cannot
   * find through /proc/self/exe when there is no /proc.
   */
  private static List<String> environment() {
    return List.of("HOME=/nonexistent", "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "MALLOC_ARENA_MAX=2",
        "LD_LIBRARY_PATH=" + javaHome().resolve("lib"));
  }

  /** Returns the read-only binds of the submission's classes and dlkit's class path, adding their inside paths to {@code cp}. */
  private List<String> binds(Path classes, List<String> cp) {
    // bubblewrap run by root would create /dlkit as 0700, which the slot's uid cannot enter
    List<String> binds = new ArrayList<>(List.of("--perms", "0755", "--dir", "/dlkit"));
    for (int i = 0; i < classPath.size(); i++) {
      String inside = "/dlkit/" + i + "-" + classPath.get(i).getFileName();
      binds.addAll(List.of("--ro-bind", classPath.get(i).toString(), inside));
      cp.add(inside);
    }
    if (classes != null) {
      binds.addAll(List.of("--ro-bind", classes.toString(), Sandbox.CLASSES));
      cp.add(Sandbox.CLASSES);
    }
    return binds;
  }

  /** Returns the JVM's command: limits on heap and native memory, only the modules tests need, no attach. */
  private List<String> java(List<String> cp, String main, List<String> classData) {
    List<String> java = new ArrayList<>(List.of(javaHome().resolve("bin/java").toString()));
    java.addAll(classData);
    java.addAll(List.of("-Xmx" + limits.heapMegabytes() + "m", "-XX:MaxDirectMemorySize=" + limits.heapMegabytes() / 2 + "m",
        "-XX:MaxMetaspaceSize=192m", "-XX:CompressedClassSpaceSize=64m", "-XX:ReservedCodeCacheSize=32m",
        "-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData",
        "-XX:+DisableAttachMechanism", "-Xshare:auto", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
        "--add-modules", "jdk.incubator.vector", "-Xlog:cds=off,cds+dynamic=off"));
    if (Sandbox.LIMIT_MODULES) {
      java.addAll(List.of("--limit-modules", Sandbox.MODULES));
    }
    java.addAll(List.of("-cp", String.join(File.pathSeparator, cp), main));
    return java;
  }

  /** Returns the JDK the grader runs on, which the sandboxed JVM runs on too. */
  static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }
}
