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
    assertTrue(argv.startsWith("[\"/opt/jdk/bin/java\""), argv);
    assertTrue(argv.contains("\"-cp\",\"/a/dlkit.jar:/b/dep.jar\",\"org.dlkit.kernel.KernelMain\",\"{connection_file}\"]"),
        argv);
    assertTrue(argv.contains("-Djava.awt.headless=true"), argv);
  }

  @Test
  void idleOpenMpThreadsOfNativeLibrariesSleepInsteadOfSpinning(@TempDir Path dataDir) throws Exception {
    Path folder = KernelSpec.write(dataDir, "dlkit", "Java (dlkit)", "java", "dlkit.jar");
    JsonObject spec = JsonParser.parseString(Files.readString(folder.resolve("kernel.json"))).getAsJsonObject();
    assertEquals("PASSIVE", spec.getAsJsonObject("env").get("OMP_WAIT_POLICY").getAsString(),
        "ND4J's spinning OpenMP threads slow DL4J cells down on a busy machine");
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
