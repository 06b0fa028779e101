import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.optim.LearningRateSchedule;
import org.dlkit.optim.Schedules;
import org.junit.jupiter.api.Test;

@Exercise("cosine")
class CosineTest {
  @Test
  @Points(1)
  void startsHighAndEndsAtTheMinimum() {
    LearningRateSchedule schedule = Submission.cosineSchedule(0.3, 40, 0.01);
    assertNotNull(schedule, "cosineSchedule returned null; return a lambda epoch -> rate");
    assertEquals(0.3, schedule.rate(0), 1e-12, "at epoch 0 the cosine is 1, so the rate should be the full 0.3, "
        + "but was " + schedule.rate(0));
    assertEquals(0.155, schedule.rate(20), 1e-12, "halfway (epoch 20 of 40) cos(π/2) = 0, so the rate should be the "
        + "average of 0.3 and 0.01, 0.155, but was " + schedule.rate(20));
    assertEquals(0.01, schedule.rate(40), 1e-12, "at epoch 40 of 40 the rate should have reached the minimum 0.01, "
        + "but was " + schedule.rate(40));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void matchesSchedulesCosineAtEveryEpoch() {
    LearningRateSchedule mine = Submission.cosineSchedule(0.1, 7, 0.002);
    LearningRateSchedule reference = Schedules.cosine(0.1, 7, 0.002);
    for (int epoch = 0; epoch < 7; epoch++) {
      assertEquals(reference.rate(epoch), mine.rate(epoch), 1e-12, String.format("with η = 0.1, E = 7 and "
          + "η_min = 0.002 the rate at epoch %d should be %.8f, as Schedules.cosine gives, but was %.8f; use "
          + "π·epoch/E in floating point, not integer division", epoch, reference.rate(epoch), mine.rate(epoch)));
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void staysAtTheMinimumAfterTheLastEpoch() {
    LearningRateSchedule schedule = Submission.cosineSchedule(0.5, 10, 0.05);
    for (int epoch = 10; epoch <= 25; epoch++) {
      assertEquals(0.05, schedule.rate(epoch), 1e-12, String.format("from epoch E = 10 on the rate should stay at "
          + "the minimum 0.05 (the cosine would rise again), but at epoch %d it was %.6f", epoch, schedule.rate(epoch)));
    }
  }
}
