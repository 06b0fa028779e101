package org.dlkit.grader;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the command that runs {@link SandboxMain} for one submission inside bubblewrap: no
 * network, a read-only view of the system with only the JDK, dlkit's class path and the
 * submission's compiled classes, a private {@code /tmp} of limited size, no home, a process limit,
 * and as user {@code nobody} when the grader runs as root.
 */
final class Sandbox {
  /** Where the submission's classes appear inside the sandbox. */
  static final String CLASSES = "/submission";
  /** Where the grader's {@link ResultChannel} folder appears inside the sandbox. */
  static final String CHANNEL = "/channel";
  private static final Path BWRAP = Path.of("/usr/bin/bwrap");

  private final boolean isolated;
  private final List<Path> classPath;
  private final Limits limits;
  private Path classDataDir;

  /**
   * The resources a submission's JVM may use.
   *
   * @param heapMegabytes the JVM's -Xmx
   * @param processes how many processes and threads the sandbox's user may have
   * @param tmpMegabytes the size of the private /tmp
   */
  record Limits(int heapMegabytes, int processes, int tmpMegabytes) {
    static final Limits DEFAULT = new Limits(512, 1024, 64);
  }

  private Sandbox(boolean isolated, List<Path> classPath, Limits limits) {
    this.isolated = isolated;
    this.classPath = classPath;
    this.limits = limits;
  }

  /** Returns a bubblewrap sandbox; the class path entries must be readable by user nobody. */
  static Sandbox bubblewrap(List<Path> classPath, Limits limits) {
    return new Sandbox(true, classPath, limits);
  }

  /** Returns a plain JVM without isolation, for {@code --unsafe-no-sandbox}. */
  static Sandbox none(List<Path> classPath, Limits limits) {
    return new Sandbox(false, classPath, limits);
  }

  /** Returns whether bubblewrap is installed and can start a sandbox here, with the reason when not. */
  static String unavailableReason() {
    if (!Files.isExecutable(BWRAP)) {
      return "bubblewrap is not installed (/usr/bin/bwrap is missing; install it with apt-get install bubblewrap)";
    }
    try {
      List<String> probe = new ArrayList<>(asNobody());
      probe.addAll(List.of(BWRAP.toString(), "--ro-bind", "/", "/", "--unshare-all", "--die-with-parent", "true"));
      Process process = new ProcessBuilder(probe).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      return process.waitFor() == 0 ? null : "bubblewrap cannot create a sandbox here: " + output.strip();
    } catch (IOException e) {
      return "bubblewrap cannot start: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while probing bubblewrap";
    }
  }

  /**
   * Keeps a class-data sharing archive of the classes every sandboxed JVM loads (JUnit, dlkit) in
   * {@code folder}: the first JVM writes it as it exits and the later ones map it, which saves
   * most of their start-up. The folder must belong to this class path and Java version.
   */
  Sandbox withClassDataIn(Path folder) {
    try {
      Files.createDirectories(folder);
      Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
    } catch (IOException | UnsupportedOperationException e) {
      return this;
    }
    classDataDir = folder;
    if (isolated && !Files.isRegularFile(folder.resolve("app.jsa"))) {
      recordClassData();
    }
    return this;
  }

  /** Runs {@link WarmUp} in a sandboxed JVM that writes the class-data archive as it exits. */
  private void recordClassData() {
    new SandboxRun(this, java.time.Duration.ofSeconds(10), java.time.Duration.ofSeconds(120)).run(null,
        List.of(new SandboxRun.Test("warm-up", WarmUp.class.getName(), "runs")));
  }

  /** Returns the heap the submission's JVM may use, in megabytes. */
  int heapMegabytes() {
    return limits.heapMegabytes();
  }

  /** Returns whether this sandbox isolates the submission. */
  boolean isolated() {
    return isolated;
  }

  /**
   * Returns the command that runs {@link SandboxMain} on the classes in {@code classes}, or, when
   * {@code classes} is null, the one that records the class-data archive; the JVM reports on the
   * socket of the {@link ResultChannel} in {@code channel}.
   */
  List<String> command(Path classes, Path channel) {
    Path javaHome = Path.of(System.getProperty("java.home"));
    List<String> command = new ArrayList<>();
    String classesInside = classes == null ? "" : classes.toString();
    List<String> cp = new ArrayList<>();
    if (isolated) {
      command.addAll(asNobody());
      command.addAll(List.of("/usr/bin/prlimit", "--nproc=" + limits.processes(), "--core=0", "--",
          BWRAP.toString(), "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
          "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
          "--symlink", "usr/bin", "/bin", "--symlink", "usr/sbin", "/sbin", "--ro-bind", "/etc", "/etc",
          "--proc", "/proc", "--dev", "/dev", "--size", Long.toString(limits.tmpMegabytes() * 1024L * 1024L),
          "--tmpfs", "/tmp", "--setenv", "HOME", "/nonexistent", "--setenv", "PATH", "/usr/bin:/bin",
          "--setenv", "LANG", "C.UTF-8", "--chdir", "/tmp"));
      if (!javaHome.startsWith("/usr")) {
        command.addAll(List.of("--ro-bind", javaHome.toString(), javaHome.toString()));
      }
      classesInside = CLASSES;
      if (classes != null) {
        command.addAll(List.of("--ro-bind", classes.toString(), CLASSES));
      }
      command.addAll(channelBinding(channel));
      for (int i = 0; i < classPath.size(); i++) {
        String inside = "/dlkit/" + i + "-" + classPath.get(i).getFileName();
        command.addAll(List.of("--ro-bind", classPath.get(i).toString(), inside));
        cp.add(inside);
      }
    } else {
      classPath.forEach(p -> cp.add(p.toString()));
    }
    List<String> classData = List.of();
    if (classes == null) {
      command.addAll(List.of("--bind", classDataDir.toString(), "/cds"));
      classData = List.of("-XX:ArchiveClassesAtExit=/cds/app.jsa");
    } else {
      cp.add(classesInside);
      if (isolated && classDataDir != null && Files.isRegularFile(classDataDir.resolve("app.jsa"))) {
        command.addAll(List.of("--ro-bind", classDataDir.toString(), "/cds"));
        classData = List.of("-XX:SharedArchiveFile=/cds/app.jsa");
      }
    }
    command.add(javaHome.resolve("bin/java").toString());
    command.addAll(classData);
    command.addAll(List.of("-Xmx" + limits.heapMegabytes() + "m",
        "-Xss4m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:-UsePerfData", "-Xshare:auto",
        "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8", "--add-modules", "jdk.incubator.vector",
        "-Xlog:cds=off,cds+dynamic=off", "-cp", String.join(File.pathSeparator, cp), SandboxMain.class.getName(),
        (isolated ? Path.of(CHANNEL) : channel).resolve(ResultChannel.SOCKET).toString()));
    return command;
  }

  /** Returns bubblewrap's arguments that show the grader's channel folder, read-only, at {@link #CHANNEL}. */
  private static List<String> channelBinding(Path channel) {
    return List.of("--ro-bind", channel.toString(), CHANNEL);
  }

  /** Returns the prefix that drops root to user nobody, or nothing when not running as root. */
  private static List<String> asNobody() {
    boolean root = "root".equals(System.getProperty("user.name"));
    return root ? List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups") : List.of();
  }

  /**
   * Returns {@code classPath} with every entry user nobody cannot read replaced by a link (or a
   * copy) in {@code cache}, which is made readable: Maven's jars live under /root.
   */
  static List<Path> readableByAll(List<Path> classPath, Path cache) {
    List<Path> readable = new ArrayList<>();
    try {
      Files.createDirectories(cache);
      openUp(cache);
      for (int i = 0; i < classPath.size(); i++) {
        Path entry = classPath.get(i);
        if (worldReadable(entry) || Files.isDirectory(entry)) {
          readable.add(entry);
          continue;
        }
        Path link = cache.resolve(i + "-" + entry.getFileName());
        if (!Files.exists(link)) {
          try {
            Files.createLink(link, entry);
          } catch (IOException | UnsupportedOperationException e) {
            Files.copy(entry, link);
          }
        }
        readable.add(link);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not prepare the sandbox's class path in " + cache, e);
    }
    return readable;
  }

  private static boolean worldReadable(Path entry) {
    try {
      for (Path p = entry.toAbsolutePath(); p != null; p = p.getParent()) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
        PosixFilePermission needed = p.equals(entry.toAbsolutePath()) && !Files.isDirectory(p)
            ? PosixFilePermission.OTHERS_READ : PosixFilePermission.OTHERS_EXECUTE;
        if (!perms.contains(needed) && !Files.isSymbolicLink(p)) {
          return false;
        }
      }
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** Makes a directory and its parents traversable by all, and the directory readable. */
  static void openUp(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
