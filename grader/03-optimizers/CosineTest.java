import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
    assertReturned(schedule, "cosineSchedule", "return a lambda epoch -> rate");
    assertEquals(0.3, schedule.rate(0), 1e-12, "at epoch 0 the cosine is 1, so the rate should be the full 0.3, "
        + "but was " + schedule.rate(0) + ". Epochs count from 0: use cos(π·epoch/E), not epoch + 1");
    double half = schedule.rate(20);
    String hint = "";
    if (Math.abs(half - 0.3) < 1e-12) {
      hint = ". The rate has not moved: in Java, epoch / totalEpochs of two ints is an integer, 0 until the end;"
          + " compute π·epoch/E in floating point";
    } else if (Math.abs(half - 0.01) < 1e-12) {
      hint = ". That is the minimum already: the schedule is half a cosine period over E epochs, cos(π·epoch/E),"
          + " not a whole one";
    } else if (Math.abs(half - 0.15) < 1e-12) {
      hint = ". That is halfway from 0.3 to 0: the rate anneals to η_min, η_min + (η − η_min)(1 + cos)/2";
    } else if (Math.abs(half - (0.01 + 0.29 * (1 + Math.cos(Math.PI * 20 / 39)) / 2)) < 1e-12) {
      hint = ". That divides by E - 1: the minimum is reached at epoch E, so divide by E";
    }
    assertEquals(0.155, half, 1e-12, "halfway (epoch 20 of 40) cos(π/2) = 0, so the rate should be the "
        + "average of 0.3 and 0.01, 0.155, but was " + half + hint);
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
          + "η_min = 0.002 the rate at epoch %d should be %.8f, as Schedules.cosine gives, but was %.8f; %s", epoch,
          reference.rate(epoch), mine.rate(epoch), mine.rate(epoch) == 0.1 ? "π·epoch/E must be computed in floating"
          + " point, not with integer division" : "η(e) = η_min + (η − η_min)(1 + cos(π e / E)) / 2, with e from 0"));
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
