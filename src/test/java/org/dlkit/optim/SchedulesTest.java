package org.dlkit.optim;

import static org.dlkit.optim.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Each schedule's rate at chosen epochs (counted from 0), worked out by hand, and its description. */
@Tag("lab3")
class SchedulesTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void constantNeverChanges() {
    LearningRateSchedule schedule = Schedules.constant(0.1);
    assertEquals(0.1, schedule.rate(0));
    assertEquals(0.1, schedule.rate(1000));
    assertEquals("constant: 0.1", schedule.toString());
  }

  @Test
  void stepMultipliesByGammaEveryFewEpochs() {
    LearningRateSchedule schedule = Schedules.step(0.1, 10, 0.5);
    // 0.1 × 0.5^⌊epoch/10⌋
    assertEquals(0.1, schedule.rate(0), TOLERANCE);
    assertEquals(0.1, schedule.rate(9), TOLERANCE);     // ⌊9/10⌋ = 0
    assertEquals(0.05, schedule.rate(10), TOLERANCE);   // ⌊10/10⌋ = 1
    assertEquals(0.025, schedule.rate(25), TOLERANCE);  // ⌊25/10⌋ = 2
    assertEquals("step: 0.1 * 0.5^floor(epoch / 10)", schedule.toString());
  }

  @Test
  void exponentialMultipliesByGammaEveryEpoch() {
    LearningRateSchedule schedule = Schedules.exponential(0.1, 0.9);
    // 0.1 × 0.9^epoch
    assertEquals(0.1, schedule.rate(0), TOLERANCE);
    assertEquals(0.09, schedule.rate(1), TOLERANCE);
    assertEquals(0.0729, schedule.rate(3), TOLERANCE);
    assertEquals("exponential: 0.1 * 0.9^epoch", schedule.toString());
  }

  @Test
  void cosineFallsFromTheRateToTheMinimumThenStays() {
    LearningRateSchedule schedule = Schedules.cosine(0.1, 10, 0.01);
    // 0.01 + 0.09 (1 + cos(π epoch / 10)) / 2
    assertEquals(0.1, schedule.rate(0), TOLERANCE);                 // cos 0 = 1
    assertEquals(0.0914057647468726, schedule.rate(2), TOLERANCE);  // cos(π/5) = 0.809016994374947, so
                                                                    // 0.01 + 0.09·0.904508497187474
    assertEquals(0.055, schedule.rate(5), TOLERANCE);               // cos(π/2) = 0: 0.01 + 0.045
    assertEquals(0.01, schedule.rate(10), TOLERANCE);               // cos π = −1
    assertEquals(0.01, schedule.rate(50), TOLERANCE);               // after totalEpochs it stays at the minimum
    assertEquals("cosine: 0.01 + (0.1 - 0.01) * (1 + cos(pi * epoch / 10)) / 2, then 0.01 from epoch 10",
        schedule.toString());
    // with minimum 0: 0.1 (1 + cos(0.9π)) / 2 = 0.1 (1 − 0.951056516295154) / 2 = 0.00244717418524232
    assertEquals(0.00244717418524232, Schedules.cosine(0.1, 10, 0).rate(9), TOLERANCE);
  }

  @Test
  void warmupRampsLinearlyThenStartsTheScheduleAtItsEpochZero() {
    LearningRateSchedule constant = Schedules.warmup(4, Schedules.constant(0.1));
    // 0.1 × (epoch + 1) / 4 for epochs 0..3, then 0.1
    assertEquals(0.025, constant.rate(0), TOLERANCE);
    assertEquals(0.05, constant.rate(1), TOLERANCE);
    assertEquals(0.075, constant.rate(2), TOLERANCE);
    assertEquals(0.1, constant.rate(3), TOLERANCE);
    assertEquals(0.1, constant.rate(4), TOLERANCE);

    LearningRateSchedule halving = Schedules.warmup(2, Schedules.step(0.1, 1, 0.5));
    // warm-up 0.05, 0.1; then step's epochs 0, 1, 2 at epochs 2, 3, 4: 0.1, 0.05, 0.025
    double[] expected = {0.05, 0.1, 0.1, 0.05, 0.025};
    for (int epoch = 0; epoch < expected.length; epoch++) {
      assertEquals(expected[epoch], halving.rate(epoch), TOLERANCE, "epoch " + epoch);
    }
    assertEquals("warm-up: linear to the starting rate over 2 epochs, then step: 0.1 * 0.5^floor(epoch / 1)",
        halving.toString());
  }

  @Test
  void invalidArgumentsAreNamedWithTheirRule() {
    assertEquals("constant: learningRate must be > 0 and finite, but was 0.0", messageOf(() -> Schedules.constant(0)));
    assertEquals("step: learningRate must be > 0 and finite, but was -0.1",
        messageOf(() -> Schedules.step(-0.1, 10, 0.5)));
    assertEquals("step: everyEpochs must be >= 1, but was 0", messageOf(() -> Schedules.step(0.1, 0, 0.5)));
    assertEquals("step: gamma must be > 0 and finite, but was 0.0", messageOf(() -> Schedules.step(0.1, 10, 0)));
    assertEquals("exponential: gamma must be > 0 and finite, but was NaN",
        messageOf(() -> Schedules.exponential(0.1, Double.NaN)));
    assertEquals("cosine: totalEpochs must be >= 1, but was 0", messageOf(() -> Schedules.cosine(0.1, 0, 0)));
    assertEquals("cosine: minLearningRate must be in [0, learningRate], but was 0.2",
        messageOf(() -> Schedules.cosine(0.1, 10, 0.2)));
    assertEquals("cosine: minLearningRate must be in [0, learningRate], but was -0.01",
        messageOf(() -> Schedules.cosine(0.1, 10, -0.01)));
    assertEquals("warmup: warmupEpochs must be >= 1, but was 0",
        messageOf(() -> Schedules.warmup(0, Schedules.constant(0.1))));
    assertEquals("warmup: then must not be null",
        assertThrows(NullPointerException.class, () -> Schedules.warmup(3, null)).getMessage());
    assertEquals("rate: epoch must be >= 0, but was -1", messageOf(() -> Schedules.exponential(0.1, 0.9).rate(-1)));
    assertEquals("rate: epoch must be >= 0, but was -1",
        messageOf(() -> Schedules.warmup(2, Schedules.constant(0.1)).rate(-1)));
  }
}
