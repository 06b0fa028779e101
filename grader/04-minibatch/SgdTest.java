import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import org.dlkit.data.Dataset;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

/**
 * SGD is checked against the path the text prescribes, replayed with the student's own MiniBatches
 * and with either the student's gradient or the reference one (see {@link SgdParts#sgdPath}), so
 * that a mistake in gradient, shuffle or minibatches costs points there and not here.
 */
@Exercise("sgd")
class SgdTest {
  /** Fails unless path is the prescribed SGD path; names the first point that differs and what the step looks like. */
  private static void assertPrescribedPath(String run, Dataset data, double[] start, int batchSize, double rate,
      int epochs, long seed, List<double[]> path) {
    assertReturned(path, "sgd", "return the list of weights, the start first");
    List<double[]> own = SgdParts.sgdPath(data, start, batchSize, rate, epochs, seed, true, OwnParts::ownGradient);
    List<double[]> reference = SgdParts.sgdPath(data, start, batchSize, rate, epochs, seed, true,
        OwnParts::referenceGradient);
    if (SgdParts.samePath(own, path, 1e-9) || SgdParts.samePath(reference, path, 1e-9)) {
      return;
    }
    if (path.size() == own.size() - 1) {
      fail(run + ": the path should hold the start and then the weights after each of the " + (own.size() - 1)
          + " steps, " + own.size() + " points, but it has " + path.size() + ": is the start in it?");
    }
    assertEquals(own.size(), path.size(), run + ": one step per batch of one MiniBatches(data, batchSize, seed) makes "
        + (own.size() - 1) + " steps, so the path should have " + own.size() + " points (the start first), but had "
        + path.size());
    if (!Arrays.equals(start, path.get(0))) {
      fail(run + ": the path should begin with the start weights " + Arrays.toString(start) + ", but began with "
          + Arrays.toString(path.get(0)) + (path.get(0) == path.get(path.size() - 1) ? "; every point is the same"
          + " array: add a copy (w.clone()) after each step" : ""));
    }
    if (!SgdParts.samePath(own.subList(0, 2), path.subList(0, 2), 1e-9)
        && !SgdParts.samePath(reference.subList(0, 2), path.subList(0, 2), 1e-9)) {
      double[] expected = own.get(1);
      double[] actual = path.get(1);
      double[] step = new double[start.length];
      double[] taken = new double[start.length];
      for (int j = 0; j < start.length; j++) {
        step[j] = expected[j] - start[j];
        taken[j] = actual[j] - start[j];
      }
      String hint = SgdParts.samePath(List.of(step), List.of(Arrays.stream(taken).map(v -> -v).toArray()), 1e-9)
          ? "the step went uphill, along +g: w ← w − η g"
          : SgdParts.samePath(List.of(Arrays.stream(step).map(v -> v * rate).toArray()), List.of(taken), 1e-9)
              ? "the step was η² g, the learning rate applied twice: w ← w − η g"
              : "compute the whole gradient g of the batch at the current w first, then update every w[j] ← w[j] − η g[j]";
      fail(run + ": the first step should go from " + Arrays.toString(start) + " to " + Arrays.toString(expected)
          + " (w − η g for the first batch), but went to " + Arrays.toString(actual) + "; " + hint);
    }
    List<double[]> perEpoch = SgdParts.sgdPath(data, start, batchSize, rate, epochs, seed, false,
        OwnParts::ownGradient);
    String hint = SgdParts.samePath(perEpoch, path, 1e-9) ? "; it took a new MiniBatches every epoch, which repeats the"
        + " first epoch's order: make one for the whole run" : "";
    for (int t = 0; t < own.size(); t++) {
      if (!SgdParts.samePath(own.subList(t, t + 1), path.subList(t, t + 1), 1e-9)) {
        fail(String.format("%s: point %d of the path should be %s, taking the batches of one MiniBatches(data,"
            + " batchSize, seed) made once for the whole run, but was %s%s", run, t, Arrays.toString(own.get(t)),
            Arrays.toString(path.get(t)), hint));
      }
    }
  }

  @Test
  @Points(1)
  void theFullBatchIsGradientDescent() {
    Dataset data = LineData.of(12, 2, 8);
    double[] w = {0.5, -0.5};
    List<double[]> path = Submission.sgd(data, w, 12, 0.2, 3, 1);
    assertPrescribedPath("3 epochs of one full batch of 12 from (0.5, -0.5) with η = 0.2", data, new double[] {0.5,
        -0.5}, 12, 0.2, 3, 1, path);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void takesOneStepPerBatchOverOneIteratorForAllEpochs() {
    Dataset data = LineData.of(10, 2, 9);
    List<double[]> path = Submission.sgd(data, new double[] {0, 0}, 3, 0.1, 3, 42);
    if (!OwnParts.shuffleRepeats()) {
      // the student's shuffledOrder ignores its random, so no run can be replayed: check the step count only
      int steps = 3 * SgdParts.batchesPerEpoch(data, 3, 42);
      assertEquals(steps + 1, path.size(), "3 epochs of " + steps / 3 + " batches are " + steps + " steps, a path of "
          + (steps + 1) + " points, but the path had " + path.size());
      return;
    }
    assertPrescribedPath("3 epochs of batches of 3 out of 10 examples (seed 42)", data, new double[] {0, 0}, 3, 0.1,
        3, 42, path);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void keepsTheStartAndCopiesEveryPoint() {
    Dataset data = LineData.of(6, 2, 10);
    double[] start = {1, 1};
    List<double[]> path = Submission.sgd(data, start, 2, 0.1, 1, 3);
    assertArrayEquals(new double[] {1, 1}, start, 0.0, "sgd changed the caller's start array; work on start.clone()");
    int points = 1 + SgdParts.batchesPerEpoch(data, 2, 3);
    assertEquals(points, path.size(), "one epoch of " + (points - 1) + " batches is " + (points - 1) + " steps, a"
        + " path of " + points + " points, but the path had " + path.size());
    assertFalse(path.get(1) == path.get(2) || path.get(0) == start,
        "the path holds the same array more than once (or the start array itself); add w.clone() after each step");
  }
}
