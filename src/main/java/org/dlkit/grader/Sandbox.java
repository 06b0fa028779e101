package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Starts the JVMs of submissions at an {@link Isolation} level, one slot each ({@link Launch}),
 * with the command {@link SandboxCommand} builds: in its slot's own control group (process and memory limits) or, where there is none, under an address
 * space limit; as the slot's own uid when the grader is root; and, at the sandboxed levels, inside
 * bubblewrap with no network, no /proc, a read-only view of the system with only the JDK, dlkit's
 * class path and the submission's compiled classes, a private {@code /tmp} of limited size and no
 * home. It also keeps the class-data archive those JVMs map, and makes dlkit's class path
 * readable inside the sandbox.
 */
final class Sandbox {
  /** Where the submission's classes appear inside the sandbox. */
  static final String CLASSES = "/submission";
  /** Where the grader's {@link ResultChannel} folder appears inside the sandbox. */
  static final String CHANNEL = "/channel";
  static final Path BWRAP = Path.of("/usr/bin/bwrap");
  private static final String ARCHIVE = "app.jsa";

  /**
   * The modules the submission's JVM may see: JUnit needs java.logging, dlkit's arrays the Vector
   * API. Without jdk.unsupported student code has no {@code sun.misc.Unsafe}.
   */
  static final String MODULES = "java.base,java.logging,jdk.compiler,jdk.incubator.vector";

  /**
   * Whether the JVM sees only {@link #MODULES}. The JVM cannot record or map a class-data archive
   * then, so each start pays for loading JUnit and dlkit (about a second); on by default.
   */
  static final boolean LIMIT_MODULES = !"false".equals(System.getProperty("dlkit.sandbox.limitModules"));

  private final Isolation isolation;
  private final List<Path> classPath;
  private final Limits limits;
  private final Slots slots;
  private Path classDataDir;

  /**
   * The resources a submission's JVM may use.
   *
   * @param heapMegabytes the JVM's -Xmx
   * @param memoryMegabytes all the memory the JVM may use, heap and native (the control group's
   *     limit, or the address space limit where there is no control group)
   * @param processes how many processes and threads the submission may have
   * @param tmpMegabytes the size of the private /tmp
   */
  record Limits(int heapMegabytes, int memoryMegabytes, int processes, int tmpMegabytes) {
    static final Limits DEFAULT = new Limits(512, 1536, 512, 64);
  }

  private Sandbox(Isolation isolation, List<Path> classPath, Limits limits, Slots slots) {
    this.isolation = isolation;
    this.classPath = List.copyOf(classPath);
    this.limits = limits;
    this.slots = slots;
  }

  /**
   * Returns a sandbox at {@code isolation} for {@code slots} submissions at once; at every level
   * but {@link Isolation#NONE} the class path entries must be readable by all.
   */
  static Sandbox at(Isolation isolation, List<Path> classPath, Limits limits, int slots) {
    return new Sandbox(isolation, classPath, limits, Slots.of(slots));
  }

  /** Returns the level this sandbox isolates at. */
  Isolation isolation() {
    return isolation;
  }

  /** Returns whether bubblewrap isolates the submission. */
  boolean isolated() {
    return isolation.sandboxed();
  }

  /** Returns the heap the submission's JVM may use, in megabytes. */
  int heapMegabytes() {
    return limits.heapMegabytes();
  }

  /** Returns the resources a submission's JVM may use. */
  Limits limits() {
    return limits;
  }

  /**
   * One JVM's start: its slot, its control group, and the command. Closing it kills what is left
   * of the JVM's processes and frees the slot.
   */
  final class Launch implements AutoCloseable {
    private final int slot;
    private final Cgroup cgroup;
    private final List<String> command;

    private Launch(Path classes, String main, List<String> arguments, Path channel) {
      slot = slots.take();
      cgroup = Cgroup.create(limits.processes(), limits.memoryMegabytes());
      command = Sandbox.this.command(classes, slot, main, cgroup, channel);
      command.addAll(arguments);
    }

    /** Returns the command to start. */
    List<String> command() {
      return command;
    }

    /** Returns whether the kernel killed the JVM for exceeding its memory limit. */
    boolean outOfMemory() {
      return cgroup != null && cgroup.outOfMemory();
    }

    @Override
    public void close() {
      if (cgroup != null) {
        cgroup.close();
      }
      slots.release(slot);
    }
  }

  /**
   * Takes a slot and returns the launch of {@link SandboxMain} on the classes in {@code classes},
   * reporting on the socket of the {@link ResultChannel} in the folder {@code channel}.
   */
  Launch launch(Path classes, Path channel) {
    String socket = (isolation.sandboxed() ? Path.of(CHANNEL) : channel).resolve(ResultChannel.SOCKET).toString();
    return new Launch(classes, SandboxMain.class.getName(), List.of(socket), channel);
  }

  /** Returns the launch of {@code main} (a class on dlkit's class path) on the classes in {@code classes}. */
  Launch launch(Path classes, String main) {
    return new Launch(classes, main, List.of(), null);
  }

  /**
   * Returns the command that runs {@code main} on the classes in {@code classes} (or none when
   * null) in slot {@code slot}, joining {@code cgroup} when there is one, with the grader's
   * channel folder {@code channel} (when not null) bound read-only at {@link #CHANNEL}; see
   * {@link SandboxCommand}.
   */
  List<String> command(Path classes, int slot, String main, Cgroup cgroup, Path channel) {
    String classData = classDataFile();
    return new SandboxCommand(isolation, classPath, limits).build(classes, slot, main, cgroup, channel,
        classData == null ? null : Path.of(classData));
  }


  /** Returns the class-data archive to map, or null when there is none or it is not safe to use. */
  private String classDataFile() {
    if (classDataDir == null || !Files.isRegularFile(classDataDir.resolve(ARCHIVE))) {
      return null;
    }
    return classDataDir.resolve(ARCHIVE).toString();
  }

  /**
   * Keeps a class-data sharing archive of the classes every sandboxed JVM loads (JUnit, dlkit) in
   * {@code folder}, which is created owned by this user and not writable by others: a JVM records
   * it once in a private folder, and the grader moves it in. An archive in a folder that others
   * may write, or that another user owns, is ignored with a warning on {@code warnings}, since a
   * replaced archive would run its code in every sandbox. The folder must belong to this class
   * path and Java version.
   */
  Sandbox withClassDataIn(Path folder, java.io.PrintWriter warnings) {
    try {
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(folder.getParent());
        Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
      }
    } catch (IOException | UnsupportedOperationException e) {
      return this;
    }
    String unsafe = unsafeFolder(folder);
    if (unsafe != null) {
      warnings.println("dlkit grade: WARNING: ignoring the class-data archive in " + folder + ": " + unsafe
          + "; remove the folder (grading is slower without it)");
      warnings.flush();
      return this;
    }
    if (LIMIT_MODULES) {
      return this;
    }
    if (!Files.isRegularFile(folder.resolve(ARCHIVE))) {
      recordClassData(folder);
    }
    classDataDir = folder;
    return this;
  }

  /** Returns why {@code folder} (or its archive) is not safe to load an archive from, or null when it is. */
  static String unsafeFolder(Path folder) {
    for (Path path : List.of(folder, folder.resolve(ARCHIVE))) {
      if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      try {
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> mode = attributes.permissions();
        if (attributes.isSymbolicLink()) {
          return path + " is a symbolic link";
        }
        if (mode.contains(PosixFilePermission.OTHERS_WRITE) || mode.contains(PosixFilePermission.GROUP_WRITE)) {
          return path + " is writable by others (" + PosixFilePermissions.toString(mode) + ")";
        }
        if (!attributes.owner().getName().equals(System.getProperty("user.name"))) {
          return path + " belongs to " + attributes.owner().getName() + ", not " + System.getProperty("user.name");
        }
      } catch (IOException | UnsupportedOperationException e) {
        return "cannot read the mode of " + path + ": " + e.getMessage();
      }
    }
    return null;
  }

  /**
   * Runs {@link WarmUp} in a sandboxed JVM that writes the class-data archive into a private
   * folder as it exits, then moves the archive into {@code folder}, readable by all.
   */
  private void recordClassData(Path folder) {
    Path scratch = null;
    try (Launch launch = launch(null, WarmUp.class.getName())) {
      scratch = Files.createTempDirectory("dlkit-cds-");
      int uid = Slots.uid(launch.slot);
      if (Slots.root() && isolation != Isolation.NONE) {
        Files.setAttribute(scratch, "unix:uid", uid);
        Files.setAttribute(scratch, "unix:gid", uid);
      }
      List<String> command = new ArrayList<>(launch.command());
      int javaAt = command.indexOf(SandboxCommand.javaHome().resolve("bin/java").toString());
      String target = scratch.resolve(ARCHIVE).toString();
      if (isolation.sandboxed()) {
        int bwrap = command.indexOf(BWRAP.toString());
        command.addAll(bwrap + 1, List.of("--bind", scratch.toString(), "/cds-new"));
        javaAt += 3;
        target = "/cds-new/" + ARCHIVE;
      }
      command.add(javaAt + 1, "-XX:ArchiveClassesAtExit=" + target);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      String printed = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      process.waitFor();
      if (Boolean.getBoolean("dlkit.grade.timing")) {
        System.err.println("class-data archive: " + String.join(" ", command) + "\n" + printed);
      }
      Path recorded = scratch.resolve(ARCHIVE);
      if (Files.isRegularFile(recorded, LinkOption.NOFOLLOW_LINKS) && Files.size(recorded) > 0) {
        Path temporary = Files.createTempFile(folder, "app", ".tmp");
        Files.copy(recorded, temporary, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
        Files.move(temporary, folder.resolve(ARCHIVE), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      // no archive: every JVM starts the slow way
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      deleteTree(scratch);
    }
  }

  /** Deletes {@code dir} and everything in it, if it exists. */
  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // left behind
    }
  }

  /**
   * Returns {@code classPath} with every entry other users cannot read replaced by a link (or a
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

  /** Makes a directory readable and traversable by all, writable only by its owner. */
  static void openUp(Path dir) throws IOException {
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
  }
}
