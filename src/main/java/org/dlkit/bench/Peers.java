package org.dlkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/** Starts the peer processes that dlkit is compared with: PyTorch (Debian's python3-torch) and DL4J. */
public final class Peers {
  private Peers() {}

  /**
   * Starts {@code torch_peer.py} on Debian's Python with {@code threads} threads for torch and OpenBLAS.
   * Without PyTorch the peer still times NumPy's matmul and says torch is missing.
   */
  public static Contender torch(int threads) {
    String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    Path script = resource("torch_peer.py");
    return PeerProcess.start("PyTorch", List.of(python, script.toString(), "--threads", Integer.toString(threads)),
        Map.of("OMP_NUM_THREADS", Integer.toString(threads), "OPENBLAS_NUM_THREADS", Integer.toString(threads)));
  }

  /**
   * Starts DL4J in a child JVM on this JVM's class path, with {@code threads} OpenMP threads that sleep
   * when idle (as the dlkit kernel runs them), so they never steal the core of the contender timed next.
   */
  public static Contender dl4j(int threads) {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return PeerProcess.start("DL4J", List.of(java.toString(), "-Xmx4g", "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"), "org.dlkit.dl4j.Dl4jPeer", "--threads", Integer.toString(threads)),
        Map.of("OMP_NUM_THREADS", Integer.toString(threads), "OMP_WAIT_POLICY", "PASSIVE"));
  }

  /** Copies a script that ships inside dlkit's jar to a temporary file and returns it. */
  private static Path resource(String name) {
    try (InputStream in = Peers.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("dlkit's jar has no " + name + " beside " + Peers.class.getName()
            + "; rebuild with mvn package");
      }
      Path file = Files.createTempFile("dlkit-", "-" + name);
      file.toFile().deleteOnExit();
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("could not unpack " + name, e);
    }
  }
}
