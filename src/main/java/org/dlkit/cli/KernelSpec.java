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

/**
 * Writes the Jupyter kernelspec that starts dlkit's kernel: {@code kernels/<name>/kernel.json}
 * whose argv runs {@code org.dlkit.kernel.KernelMain} on the dlkit jar and its dependencies.
 *
 * <p>Its env sets {@code OMP_WAIT_POLICY=PASSIVE}: ND4J's native code (the Deeplearning4j cells)
 * starts an OpenMP thread per core, and by default idle OpenMP threads spin. On a busy 2-core
 * machine the spinning made DL4J's small training steps 5 to 10 times slower; passive threads
 * sleep instead, and parallel work is unchanged.
 */
final class KernelSpec {
  static final String NAME = "dlkit";
  static final String DISPLAY_NAME = "Java (dlkit)";

  private KernelSpec() {}

  /**
   * Writes the kernelspec under {@code dataDir/kernels/name} and returns its folder.
   *
   * @param java the java executable the kernel runs on
   * @param classpath the kernel's class path: the dlkit jar and its dependencies
   */
  static Path write(Path dataDir, String name, String displayName, String java, String classpath) {
    List<String> argv = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector",
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
