package org.dlkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A peer process is driven line by line; a peer that is missing, dies or refuses says so in plain words. */
class PeerProcessTest {
  /** Starts a shell script as a peer named Fake. */
  private static Contender fake(String script) {
    return PeerProcess.start("Fake", List.of("/bin/sh", "-c", script), Map.of());
  }

  @Test
  void answersComeBackAsNumbers() {
    String script = "echo '{\"ready\":true,\"system\":\"Fake 1.0\"}'; "
        + "read a; echo '{\"ok\":true,\"data\":\"moons\"}'; "
        + "read b; echo '{\"seconds\":0.25,\"loss\":0.5}'; "
        + "read c; echo '{\"seconds\":1.5,\"examples\":64}'; read d; echo '{\"ok\":true}'";
    try (Contender peer = fake(script)) {
      assertTrue(peer.unavailable().isEmpty());
      assertEquals("Fake 1.0", peer.version());
      assertEquals("moons", peer.prepare(Workload.W1, Precision.F32, 256, 16));
      assertEquals(0.25, peer.steps(Workload.W1, Precision.F32, 10));
      assertEquals(1.5, peer.epoch(Workload.W3, Precision.F32));
    }
  }

  @Test
  void aPeerThatCannotTrainSaysWhy() {
    try (Contender peer = fake("echo '{\"ready\":true,\"system\":null,\"unavailable\":\"PyTorch is not installed\"}'")) {
      assertEquals("PyTorch is not installed", peer.unavailable().orElseThrow());
      assertEquals("Fake", peer.version());
    }
    try (Contender peer = fake("echo '{\"ready\":false,\"unavailable\":\"NumPy is not installed\"}'")) {
      assertEquals("NumPy is not installed", peer.unavailable().orElseThrow());
    }
  }

  @Test
  void aPeerThatDiesAtStartIsUnavailableWithItsStderr() {
    try (Contender peer = fake("echo 'ModuleNotFoundError: torch' >&2; exit 1")) {
      String why = peer.unavailable().orElseThrow();
      assertTrue(why.startsWith("Fake could not start (/bin/sh -c "), why);
      assertTrue(why.contains("Fake ended before answering 'start'; its stderr ends with:\n  ModuleNotFoundError: torch"),
          why);
      assertThrows(IllegalStateException.class, () -> peer.steps(Workload.W1, Precision.F64, 1));
    }
  }

  @Test
  void anErrorAnswerNamesThePeerAndTheRequest() {
    String script = "echo '{\"ready\":true,\"system\":\"Fake\"}'; read a; "
        + "echo '{\"error\":\"unknown workload W9; expected one of W1, W2, W3, W4\"}'; read b";
    try (Contender peer = fake(script)) {
      IllegalStateException e = assertThrows(IllegalStateException.class, () -> peer.steps(Workload.W2, Precision.F64, 3));
      assertEquals("Fake answered {\"cmd\":\"steps\",\"workload\":\"W2\",\"precision\":\"f64\",\"count\":3} with: unknown"
          + " workload W9; expected one of W1, W2, W3, W4", e.getMessage());
    }
  }

  @Test
  void aLineThatIsNotJsonIsReportedAsSuch() {
    try (Contender peer = fake("echo 'Picked up JAVA_TOOL_OPTIONS'")) {
      assertTrue(peer.unavailable().orElseThrow().contains("answered 'start' with a line that is not a JSON object:"
          + " Picked up JAVA_TOOL_OPTIONS"), peer.unavailable().orElseThrow());
    }
  }
}
