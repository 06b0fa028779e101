package org.dlkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dlkit.nd.Blas;

/**
 * The machine a benchmark ran on, as the report's header and every CSV row give it.
 *
 * @param jdk the Java version and vendor
 * @param cpu the CPU model from {@code /proc/cpuinfo}, or the OS architecture when that is unreadable
 * @param cores the processors this JVM may use
 * @param blas the BLAS implementation dlkit's matmul calls
 */
public record Machine(String jdk, String cpu, int cores, String blas) {
  /** Describes this machine. */
  public static Machine current() {
    return new Machine(System.getProperty("java.version") + " (" + System.getProperty("java.vm.vendor") + ")", cpuModel(),
        Runtime.getRuntime().availableProcessors(), Blas.implementation());
  }

  private static String cpuModel() {
    Path info = Path.of("/proc/cpuinfo");
    if (Files.isReadable(info)) {
      try (Stream<String> lines = Files.lines(info)) {
        return lines.filter(line -> line.startsWith("model name")).map(line -> line.substring(line.indexOf(':') + 1).trim())
            .findFirst().orElse(System.getProperty("os.arch"));
      } catch (IOException | java.io.UncheckedIOException e) {
        return System.getProperty("os.arch");
      }
    }
    return System.getProperty("os.arch");
  }
}
