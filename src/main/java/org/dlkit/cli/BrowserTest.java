package org.dlkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Runs notebooks in a real browser: starts {@code jupyter notebook} on a free local port with the
 * dlkit kernel, then {@code browser_test.cjs} (playwright-core driving Debian's Chromium) opens each
 * notebook, runs all cells, screenshots it into {@code target/browser/} and checks that there are no
 * JavaScript console errors or error outputs, that a check panel renders and that every figure loads.
 */
final class BrowserTest {
  private static final long SERVER_START_MILLIS = 60_000;

  private BrowserTest() {}

  /**
   * Runs {@code notebooks} (paths relative to {@code home}) and returns 0 when every one passed.
   *
   * @param err where the server's start and the script's results are reported
   */
  static int run(Path home, List<String> notebooks, PrintWriter err) throws IOException, InterruptedException {
    String jupyter = Jupyter.jupyter();
    if (jupyter == null) {
      err.println("dlkit test: the browser test needs Jupyter Notebook; " + Jupyter.installHint());
      err.flush();
      return 2;
    }
    KernelSpec.write(Jupyter.localDataDir(), KernelSpec.NAME, "Java (" + KernelSpec.NAME + ")",
        KernelSpec.currentJava(), KernelSpec.currentClasspath());
    int port = freePort();
    String token = UUID.randomUUID().toString();
    List<String> command = new ArrayList<>(List.of(jupyter, "notebook", "--no-browser", "--ip=127.0.0.1",
        "--port=" + port, "--port-retries=0", "--NotebookApp.token=" + token, "--notebook-dir=" + home));
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--allow-root");
    }
    Path log = home.resolve("target/browser/jupyter.log");
    java.nio.file.Files.createDirectories(log.getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(Jupyter.environment());
    Process server = builder.start();
    try {
      String base = "http://127.0.0.1:" + port;
      if (!awaitServer(base + "/api/status?token=" + token, server)) {
        err.println("dlkit test: jupyter notebook did not start within " + SERVER_START_MILLIS / 1000 + " s; see " + log);
        err.flush();
        return 2;
      }
      List<String> node = new ArrayList<>(List.of("node", Jupyter.script("browser_test.cjs").toString(), base, token,
          home.resolve("target/browser").toString()));
      node.addAll(notebooks);
      err.println("dlkit test: the labs in Chromium (playwright-core), screenshots in " + home.resolve("target/browser"));
      err.flush();
      return Jupyter.run(node, Map.of("NODE_PATH", TestSetup.playwrightHome(home).resolve("node_modules").toString()));
    } finally {
      server.destroy();
      if (!server.waitFor(10, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static boolean awaitServer(String statusUrl, Process server) throws InterruptedException {
    long deadline = System.currentTimeMillis() + SERVER_START_MILLIS;
    while (System.currentTimeMillis() < deadline && server.isAlive()) {
      try {
        HttpURLConnection connection = (HttpURLConnection) URI.create(statusUrl).toURL().openConnection();
        connection.setConnectTimeout(1000);
        if (connection.getResponseCode() == 200) {
          return true;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    return false;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
