import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlkit.data.Dataset;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.train.Batch;
import org.junit.jupiter.api.Test;

@Exercise("sgd")
class SgdTest {
  @Test
  @Points(1)
  void theFullBatchIsGradientDescent() {
    Dataset data = LineData.of(12, 2, 8);
    double[] w = {0.5, -0.5};
    List<double[]> path = Submission.sgd(data, w, 12, 0.2, 3, 1);
    assertNotNull(path, "sgd returned null; return the list of weights, the start first");
    assertEquals(4, path.size(), "3 epochs of one full batch each are 3 steps, so the path should have 4 points "
        + "(the start first), but had " + path.size());
    double[] expected = w.clone();
    assertArrayEquals(expected, path.get(0), 0.0, "the path should start at the start weights (0.5, -0.5), but "
        + "started at " + Arrays.toString(path.get(0)));
    for (int t = 1; t <= 3; t++) {
      double[] g = LineData.gradient(data, expected);
      for (int j = 0; j < 2; j++) {
        expected[j] -= 0.2 * g[j];
      }
      assertArrayEquals(expected, path.get(t), 1e-9, String.format("with the full batch every step is a gradient "
          + "descent step w ← w − η∇L(w); after step %d w should be %s, but was %s", t, Arrays.toString(expected),
          Arrays.toString(path.get(t))));
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void takesOneStepPerBatchOverOneIteratorForAllEpochs() {
    Dataset data = LineData.of(10, 2, 9);
    List<double[]> path = Submission.sgd(data, new double[] {0, 0}, 3, 0.1, 3, 42);
    assertEquals(1 + 3 * 4, path.size(), "10 examples in batches of 3 are 4 steps per epoch, so 3 epochs give 12 "
        + "steps and a path of 13 points, but the path had " + path.size());
    List<double[]> expected = new ArrayList<>();
    double[] w = {0, 0};
    expected.add(w.clone());
    Submission.MiniBatches batches = new Submission.MiniBatches(data, 3, 42);
    for (int epoch = 0; epoch < 3; epoch++) {
      for (Batch batch : batches) {
        double[] g = LineData.gradient(data.subset(batch.indices()), w);
        for (int j = 0; j < 2; j++) {
          w[j] -= 0.1 * g[j];
        }
        expected.add(w.clone());
      }
    }
    for (int t = 0; t < expected.size(); t++) {
      assertArrayEquals(expected.get(t), path.get(t), 1e-9, String.format("step %d (epoch %d) should reach %s, "
          + "taking the batches of one MiniBatches(data, batchSize, seed) made once for the whole run, but reached %s."
          + " A new MiniBatches every epoch with the same seed repeats the first epoch's order", t, (t - 1) / 4,
          Arrays.toString(expected.get(t)), Arrays.toString(path.get(t))));
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void keepsTheStartAndCopiesEveryPoint() {
    Dataset data = LineData.of(6, 2, 10);
    double[] start = {1, 1};
    List<double[]> path = Submission.sgd(data, start, 2, 0.1, 1, 3);
    assertArrayEquals(new double[] {1, 1}, start, 0.0, "sgd changed the caller's start array; work on start.clone()");
    assertEquals(4, path.size(), "6 examples in batches of 2 for one epoch are 3 steps, a path of 4 points, but the "
        + "path had " + path.size());
    assertFalse(path.get(1) == path.get(2) || path.get(0) == start,
        "the path holds the same array more than once (or the start array itself); add w.clone() after each step");
  }
}
