package org.dlkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** dlkit's own contender trains each workload for real and refuses what it cannot do, by name. */
class DlkitContenderTest {
  @Test
  void stepsTrainTheSmallWorkloads() {
    try (DlkitContender dlkit = new DlkitContender()) {
      // XOR's MSE leaves its 0.25 plateau slowly at this learning rate; the moons' BCE falls fast.
      double[] kept = {0.5, 0.95};
      Workload[] workloads = {Workload.W1, Workload.W2};
      for (int i = 0; i < workloads.length; i++) {
        Workload workload = workloads[i];
        dlkit.prepare(workload, Precision.F64, 0, 0);
        dlkit.steps(workload, Precision.F64, 1);
        double first = dlkit.lastLoss(workload);
        assertTrue(dlkit.steps(workload, Precision.F64, 300) > 0);
        assertTrue(dlkit.lastLoss(workload) < kept[i] * first, workload + ": " + first + " -> " + dlkit.lastLoss(workload));
      }
    }
  }

  @Test
  void imageWorkloadsStepAndTimeAnEpoch() {
    try (DlkitContender dlkit = new DlkitContender()) {
      String source = dlkit.prepare(Workload.W4, Precision.F64, 130, 8);
      assertTrue(source.equals("Fashion-MNIST") || source.startsWith("random data"), source);
      dlkit.steps(Workload.W4, Precision.F64, 5);
      assertTrue(Double.isFinite(dlkit.lastLoss(Workload.W4)));
      assertTrue(dlkit.epoch(Workload.W4, Precision.F64) > 0);
    }
  }

  @Test
  void refusalsSayWhatIsWrong() {
    try (DlkitContender dlkit = new DlkitContender()) {
      assertFalse(dlkit.supports(Precision.F32));
      assertEquals("dlkit computes in f64 only, not f32", assertThrows(IllegalArgumentException.class,
          () -> dlkit.prepare(Workload.W1, Precision.F32, 0, 0)).getMessage());
      assertEquals("dlkit: W3 is not prepared; call prepare first", assertThrows(IllegalStateException.class,
          () -> dlkit.steps(Workload.W3, Precision.F64, 1)).getMessage());
      dlkit.prepare(Workload.W1, Precision.F64, 0, 0);
      assertEquals("dlkit: W1 trains on one full batch and has no epoch to time", assertThrows(
          IllegalArgumentException.class, () -> dlkit.epoch(Workload.W1, Precision.F64)).getMessage());
    }
  }
}
