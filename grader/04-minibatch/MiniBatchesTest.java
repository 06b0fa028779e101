import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlkit.data.Dataset;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.train.Batch;
import org.junit.jupiter.api.Test;

/**
 * The orders are checked against the student's own shuffledOrder (see {@link OwnParts}), so a wrong
 * shuffle costs points in {@code shuffle} only.
 */
@Exercise("minibatches")
class MiniBatchesTest {
  private static List<Batch> epoch(Submission.MiniBatches batches) {
    List<Batch> list = new ArrayList<>();
    for (Batch batch : batches) {
      list.add(batch);
    }
    return list;
  }

  private static int[] indicesOf(List<Batch> epoch) {
    return epoch.stream().flatMapToInt(b -> Arrays.stream(b.indices())).toArray();
  }

  @Test
  @Points(1)
  void cutsAnEpochIntoBatchesThatCoverEveryExampleOnce() {
    List<Batch> batches = epoch(new Submission.MiniBatches(LineData.numbered(10), 4, 1));
    int[] sizes = batches.stream().mapToInt(Batch::size).toArray();
    String hint = Arrays.equals(sizes, new int[] {4, 4}) ? "; the last, shorter batch is missing: keep going while"
        + " start < n, and let the last batch end at n"
        : Arrays.stream(sizes).sum() < 10 ? "; some examples are left out: a batch runs from start up to (not"
            + " including) min(start + batchSize, n), which is what Arrays.copyOfRange(order, start, end) takes" : "";
    assertArrayEquals(new int[] {4, 4, 2}, sizes, "10 examples in batches of 4 should give batches of 4, 4 and 2 "
        + "(the last one keeps what is left), but gave sizes " + Arrays.toString(sizes) + hint);
    int[] seen = indicesOf(batches);
    int[] yourOrder = OwnParts.epochOrders(10, 1, 1)[0];
    if (!OwnParts.isPermutation(seen, 10) && !Arrays.equals(seen, yourOrder)) {
      fail("one epoch should use every example exactly once, in the order shuffledOrder(n, random) gives, but its"
          + " batches held the indices " + Arrays.toString(seen));
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void eachBatchHoldsTheRowsOfItsIndices() {
    Dataset data = LineData.of(9, 2, 4);
    double[][] x = data.features().toArray2d();
    double[] y = data.targets().toArray();
    for (Batch batch : new Submission.MiniBatches(data, 4, 2)) {
      double[][] features = batch.features().toArray2d();
      double[] targets = batch.targets().toArray();
      assertEquals(batch.indices().length, features.length, "a batch with " + batch.indices().length
          + " indices should have as many feature rows, but had " + features.length);
      for (int k = 0; k < batch.size(); k++) {
        int example = batch.indices()[k];
        assertArrayEquals(x[example], features[k], 0.0, "row " + k + " of a batch should be the features of example "
            + example + " (its index), but was " + Arrays.toString(features[k]) + "; take the batch's rows with"
            + " data.subset(indices), the very indices the Batch carries");
        assertEquals(y[example], targets[k], 0.0, "target " + k + " of a batch should be the target of example "
            + example + " (its index), but was " + targets[k]);
      }
    }
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void everyEpochHasItsOwnOrderThatTheSeedRepeats() {
    Submission.MiniBatches batches = new Submission.MiniBatches(LineData.numbered(30), 8, 5);
    int[] first = indicesOf(epoch(batches));
    int[] second = indicesOf(epoch(batches));
    boolean repeatable = OwnParts.shuffleRepeats();
    if (repeatable) {
      int[][] yours = OwnParts.epochOrders(30, 5, 2);
      if (Arrays.equals(first, yours[0]) && Arrays.equals(second, yours[1])) {
        return;
      }
    }
    if (Arrays.equals(first, OwnParts.identity(30))) {
      fail("the epoch came out in the stored order 0, 1, 2, ...: shuffle every epoch with shuffledOrder(n, random)");
    }
    if (Arrays.equals(first, second)) {
      fail("two epochs of the same MiniBatches visited the examples in the same order " + Arrays.toString(first)
          + "; every iterator() call should draw a new order from the one random the object keeps (a new"
          + " Random(seed) per epoch, or an order drawn once in the constructor, repeats the first epoch)");
    }
    if (!OwnParts.isPermutation(first, 30) || !OwnParts.isPermutation(second, 30)) {
      fail("every epoch should use each example once, but the first two epochs held " + Arrays.toString(first)
          + " and " + Arrays.toString(second));
    }
    if (repeatable) {
      int[] again = indicesOf(epoch(new Submission.MiniBatches(LineData.numbered(30), 8, 5)));
      assertArrayEquals(first, again, "a new MiniBatches with the same seed should repeat the same first epoch; draw"
          + " every order from the object's own random, made from the seed");
    }
  }
}
