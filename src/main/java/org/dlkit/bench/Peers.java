package org.dlkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Starts the peer processes that dlkit is compared with: PyTorch (Debian's python3-torch), NumPy and DL4J. */
public final class Peers {
  private Peers() {}

  /**
   * Starts {@code torch_peer.py} on Debian's Python with {@code threads} threads for torch and OpenBLAS.
   * Without PyTorch the peer still times NumPy's matmul and says torch is missing.
   */
  public static Contender torch(int threads) {
    return python("PyTorch", threads, List.of());
  }

  /**
   * Starts {@code torch_peer.py} without loading PyTorch, to time NumPy's matmul on OpenBLAS alone: the
   * machine's BLAS limit. Returns empty when the peer cannot start or NumPy is missing.
   */
  public static Optional<PeerProcess> numpy(int threads) {
    Contender peer = python("NumPy", threads, List.of("--numpy-only"));
    if (peer instanceof PeerProcess process && process.ready()) {
      return Optional.of(process);
    }
    peer.close();
    return Optional.empty();
  }

  private static Contender python(String name, int threads, List<String> options) {
    String python = Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    List<String> command = new ArrayList<>(List.of(python, resource("torch_peer.py").toString(), "--threads",
        Integer.toString(threads)));
    command.addAll(options);
    return PeerProcess.start(name, command,
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
