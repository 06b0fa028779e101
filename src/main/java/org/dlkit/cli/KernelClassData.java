package org.dlkit.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The kernel's class-data archive (AppCDS): recorded once by a JVM that runs
 * {@code org.dlkit.kernel.KernelWarmUp} and exits, kept beside the dlkit jar, one per java
 * executable (an archive only fits the JVM that recorded it), and mapped by every kernel the kernelspec starts. A jar newer than the archive
 * makes it stale, and it is recorded again; without one (a class path of folders, a failed
 * recording) kernels simply start the slower way.
 */
final class KernelClassData {
  private static final long RECORD_SECONDS = 180;

  private KernelClassData() {}

  /**
   * Returns the archive for kernels started with {@code java} on {@code classpath}, recording it
   * first when it is missing or older than a jar; returns null when there is none to use.
   */
  static Path ensure(String java, String classpath) {
    List<Path> jars = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      jars.add(Path.of(entry));
    }
    // CDS needs jars only; the archive lives beside the first, dlkit's own.
    if (jars.isEmpty() || !Files.isExecutable(Path.of(java)) || !jars.stream().allMatch(KernelClassData::isJar)) {
      return null;
    }
    Path archive = jars.get(0).resolveSibling(fileFor(java));
    try {
      if (fresh(archive, jars)) {
        return archive;
      }
      Path recording = Files.createTempFile(archive.getParent(), "kernel", ".jsa.tmp");
      Files.delete(recording);
      Process process = new ProcessBuilder(java, "-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=off",
          "-Xlog:cds+dynamic=off", "--add-modules", "jdk.incubator.vector", "-Djava.awt.headless=true",
          "-Dfile.encoding=UTF-8", "-cp", classpath, "org.dlkit.kernel.KernelWarmUp")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      process.getOutputStream().close();
      boolean done = process.waitFor(RECORD_SECONDS, TimeUnit.SECONDS);
      if (!done) {
        process.destroyForcibly();
      }
      if (done && process.exitValue() == 0 && Files.isRegularFile(recording) && Files.size(recording) > 0) {
        Files.move(recording, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return archive;
      }
      Files.deleteIfExists(recording);
      return null;
    } catch (IOException e) {
      return null; // a read-only install, say: kernels start without the archive
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Returns the archive's file name for kernels run by {@code java}, e.g. {@code kernel-1a2b3c.jsa}. */
  static String fileFor(String java) {
    return "kernel-" + Integer.toHexString(java.hashCode()) + ".jsa";
  }

  private static boolean isJar(Path path) {
    return path.getFileName() != null && path.getFileName().toString().endsWith(".jar") && Files.isRegularFile(path);
  }

  /** True when the archive exists and no jar changed after it was recorded. */
  private static boolean fresh(Path archive, List<Path> jars) throws IOException {
    if (!Files.isRegularFile(archive)) {
      return false;
    }
    long recorded = Files.getLastModifiedTime(archive).toMillis();
    for (Path jar : jars) {
      if (Files.getLastModifiedTime(jar).toMillis() > recorded) {
        return false;
      }
    }
    return true;
  }
}
