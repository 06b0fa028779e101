package org.dlkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecTest {
  @Test
  void writesAKernelJsonThatStartsKernelMain(@TempDir Path dataDir) throws Exception {
    Path folder = KernelSpec.write(dataDir, "dlkit", "Java (dlkit)", "/opt/jdk/bin/java", "/a/dlkit.jar:/b/dep.jar");
    assertEquals(dataDir.resolve("kernels/dlkit"), folder);
    JsonObject spec = JsonParser.parseString(Files.readString(folder.resolve("kernel.json"))).getAsJsonObject();
    assertEquals("Java (dlkit)", spec.get("display_name").getAsString());
    assertEquals("java", spec.get("language").getAsString());
    assertEquals("message", spec.get("interrupt_mode").getAsString());
    String argv = spec.get("argv").toString();
    assertTrue(argv.startsWith("[\"/bin/sh\",\"-c\","), argv);
    assertTrue(argv.contains("\"/opt/jdk/bin/java\",\"1g\""), argv);
    assertTrue(argv.contains("\"-cp\",\"/a/dlkit.jar:/b/dep.jar\",\"org.dlkit.kernel.KernelMain\",\"{connection_file}\"]"),
        argv);
    assertTrue(argv.contains("-Djava.awt.headless=true"), argv);
  }

  /** Runs the spec's argv with /bin/echo as the java executable; returns its exit code and output. */
  private static String[] launch(Path dataDir, String heap, String environmentHeap) throws Exception {
    Path folder = KernelSpec.write(dataDir, "dlkit", "Java (dlkit)", "/bin/echo", "dlkit.jar", heap);
    JsonObject spec = JsonParser.parseString(Files.readString(folder.resolve("kernel.json"))).getAsJsonObject();
    java.util.List<String> argv = new java.util.ArrayList<>();
    spec.getAsJsonArray("argv").forEach(e -> argv.add(e.getAsString()));
    ProcessBuilder builder = new ProcessBuilder(argv).redirectErrorStream(true);
    builder.environment().remove(KernelSpec.HEAP_ENV);
    if (environmentHeap != null) {
      builder.environment().put(KernelSpec.HEAP_ENV, environmentHeap);
    }
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    return new String[] {String.valueOf(process.waitFor()), output.trim()};
  }

  @Test
  void theKernelGetsTheSpecsHeapUnlessTheEnvironmentSetsOne(@TempDir Path dataDir) throws Exception {
    String[] fromSpec = launch(dataDir, "768m", null);
    assertEquals("0", fromSpec[0], fromSpec[1]);
    assertTrue(fromSpec[1].startsWith("-Xmx768m -XX:+UseG1GC -XX:G1PeriodicGCInterval="), fromSpec[1]);
    assertTrue(fromSpec[1].endsWith("org.dlkit.kernel.KernelMain {connection_file}"), fromSpec[1]);
    String[] fromEnvironment = launch(dataDir, "768m", "3g");
    assertTrue(fromEnvironment[1].startsWith("-Xmx3g "), fromEnvironment[1]);
    String[] wrong = launch(dataDir, "768m", "lots");
    assertEquals("2", wrong[0]);
    assertEquals("dlkit kernel: DLKIT_KERNEL_HEAP=lots is not a heap size such as 1g or 1536m", wrong[1]);
  }

  @Test
  void aHeapJavaWouldRefuseIsNamedWhenTheSpecIsWritten(@TempDir Path dataDir) {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> KernelSpec.write(dataDir, "dlkit", "Java (dlkit)", "java", "dlkit.jar", "1 GB"));
    assertTrue(e.getMessage().startsWith("'1 GB' is not a heap size"), e.getMessage());
  }

  @Test
  void idleOpenMpThreadsOfNativeLibrariesSleepInsteadOfSpinning(@TempDir Path dataDir) throws Exception {
    Path folder = KernelSpec.write(dataDir, "dlkit", "Java (dlkit)", "java", "dlkit.jar");
    JsonObject spec = JsonParser.parseString(Files.readString(folder.resolve("kernel.json"))).getAsJsonObject();
    assertEquals("PASSIVE", spec.getAsJsonObject("env").get("OMP_WAIT_POLICY").getAsString(),
        "ND4J's spinning OpenMP threads slow DL4J cells down on a busy machine");
  }

  @Test
  void kernelInstallNamesABadHeapInsteadOfFailingWithATrace(@TempDir Path home) {
    String previous = System.getProperty(TestCommand.HOME_PROPERTY);
    System.setProperty(TestCommand.HOME_PROPERTY, home.toString());
    try {
      java.io.StringWriter err = new java.io.StringWriter();
      picocli.CommandLine line = new picocli.CommandLine(new Main());
      line.setErr(new java.io.PrintWriter(err));
      assertEquals(2, line.execute("kernel", "install", "--heap", "lots"));
      assertTrue(err.toString().startsWith("dlkit kernel install: 'lots' is not a heap size"), err.toString());
      assertTrue(Files.notExists(home.resolve(".jupyter-data/kernels/dlkit/kernel.json")));
    } finally {
      if (previous == null) {
        System.clearProperty(TestCommand.HOME_PROPERTY);
      } else {
        System.setProperty(TestCommand.HOME_PROPERTY, previous);
      }
    }
  }

  @Test
  void kernelInstallWritesIntoTheProjectLocalDataDir(@TempDir Path home) {
    String previous = System.getProperty(TestCommand.HOME_PROPERTY);
    System.setProperty(TestCommand.HOME_PROPERTY, home.toString());
    try {
      int code = new picocli.CommandLine(new Main()).execute("kernel", "install");
      assertEquals(0, code);
      assertTrue(Files.isRegularFile(home.resolve(".jupyter-data/kernels/dlkit/kernel.json")));
    } finally {
      if (previous == null) {
        System.clearProperty(TestCommand.HOME_PROPERTY);
      } else {
        System.setProperty(TestCommand.HOME_PROPERTY, previous);
      }
    }
  }
}
