package org.dlkit.cli;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes the Jupyter kernelspec that starts dlkit's kernel: {@code kernels/<name>/kernel.json}
 * whose argv runs {@code org.dlkit.kernel.KernelMain} on the dlkit jar and its dependencies.
 *
 * <p>When dlkit runs from its jar, the kernel maps a class-data archive ({@link KernelClassData}),
 * recorded when the spec is first written after a build, so it starts with JShell and dlkit already loaded.
 *
 * <p>Its env sets {@code OMP_WAIT_POLICY=PASSIVE}: ND4J's native code (the Deeplearning4j cells)
 * starts an OpenMP thread per core, and by default idle OpenMP threads spin. On a busy 2-core
 * machine the spinning made DL4J's small training steps 5 to 10 times slower; passive threads
 * sleep instead, and parallel work is unchanged.
 *
 * <p>Its argv starts the JVM through {@code /bin/sh} so the heap limit can be set where the
 * kernel starts: {@value #HEAP_ENV} in the kernel's environment (for example
 * {@code DLKIT_KERNEL_HEAP=2g ./dlkit notebook}) overrides the heap written into the spec
 * ({@code dlkit kernel install --heap}, default {@value #DEFAULT_HEAP}; left alone the JVM would
 * take a quarter of the machine, 6 GB on a 24 GB server). G1 with a periodic collection every
 * {@value #PERIODIC_GC_MILLIS} ms and low free-heap ratios hands memory a finished cell freed back
 * to the operating system, which matters when a class shares one server.
 */
final class KernelSpec {
  static final String NAME = "dlkit";
  static final String DISPLAY_NAME = "Java (dlkit)";

  /** The environment variable that sets the kernel's maximum heap when it starts. */
  static final String HEAP_ENV = "DLKIT_KERNEL_HEAP";
  /** The heap limit written into the kernelspec when none is given: fits a laptop and a shared server. */
  static final String DEFAULT_HEAP = "1g";
  static final int PERIODIC_GC_MILLIS = 15_000;
  private static final Pattern HEAP_SIZE = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

  /**
   * Starts the JVM named by $0 with the heap from {@value #HEAP_ENV} or the spec's default ($1),
   * refusing a value java would not take with a message naming the variable.
   */
  private static final String LAUNCHER = "heap=\"${" + HEAP_ENV + ":-$1}\"; shift; "
      + "case \"$heap\" in ''|*[!0-9kKmMgG]*) echo \"dlkit kernel: " + HEAP_ENV + "=$heap is not a heap size"
      + " such as 1g or 1536m\" >&2; exit 2;; esac; "
      + "exec \"$0\" -Xmx\"$heap\" \"$@\"";

  private KernelSpec() {}

  /**
   * Returns the heap the kernelspec is written with: {@value #HEAP_ENV} when set, else
   * {@value #DEFAULT_HEAP}.
   */
  static String defaultHeap() {
    String fromEnvironment = System.getenv(HEAP_ENV);
    return fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_HEAP : checkedHeap(fromEnvironment.trim());
  }

  /**
   * Returns {@code heap} when it is a size java's {@code -Xmx} takes (a number with an optional
   * k, m or g); otherwise throws naming the value and an example.
   */
  static String checkedHeap(String heap) {
    if (!HEAP_SIZE.matcher(heap).matches()) {
      throw new IllegalArgumentException("'" + heap + "' is not a heap size; give a number with k, m or g, such as "
          + DEFAULT_HEAP + " or 1536m (set with --heap or " + HEAP_ENV + ")");
    }
    return heap;
  }

  /**
   * Writes the kernelspec under {@code dataDir/kernels/name} and returns its folder.
   *
   * @param java the java executable the kernel runs on
   * @param classpath the kernel's class path: the dlkit jar and its dependencies
   */
  static Path write(Path dataDir, String name, String displayName, String java, String classpath) {
    return write(dataDir, name, displayName, java, classpath, defaultHeap());
  }

  /**
   * Writes the kernelspec, as {@link #write(Path, String, String, String, String)}, with
   * {@code heap} as the kernel's maximum heap unless {@value #HEAP_ENV} overrides it at start.
   */
  static Path write(Path dataDir, String name, String displayName, String java, String classpath, String heap) {
    List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", LAUNCHER, java, checkedHeap(heap),
        "-XX:+UseG1GC", "-XX:G1PeriodicGCInterval=" + PERIODIC_GC_MILLIS,
        "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30"));
    Path classData = KernelClassData.ensure(java, classpath);
    if (classData != null) {
      // A stale or foreign archive is skipped silently (-Xshare:auto), so the kernel always starts.
      argv.addAll(List.of("-XX:SharedArchiveFile=" + classData, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
    }
    argv.addAll(List.of("--add-modules", "jdk.incubator.vector",
        "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
        "-cp", classpath, "org.dlkit.kernel.KernelMain", "{connection_file}"));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("argv", argv);
    spec.put("display_name", displayName);
    spec.put("language", "java");
    spec.put("interrupt_mode", "message");
    spec.put("env", Map.of("OMP_WAIT_POLICY", "PASSIVE"));
    Path folder = dataDir.resolve("kernels").resolve(name);
    try {
      Files.createDirectories(folder);
      Files.writeString(folder.resolve("kernel.json"), new GsonBuilder().setPrettyPrinting().create().toJson(spec));
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the kernelspec into " + folder, e);
    }
  }

  /** Returns the class path of the running dlkit: its jar and dependencies. */
  static String currentClasspath() {
    return System.getProperty("java.class.path");
  }

  /** Returns the java executable running this process. */
  static String currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
