import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlkit.data.Dataset;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.train.Batch;
import org.junit.jupiter.api.Test;

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
    assertArrayEquals(new int[] {4, 4, 2}, sizes, "10 examples in batches of 4 should give batches of 4, 4 and 2 "
        + "(the last one keeps what is left), but gave sizes " + Arrays.toString(sizes));
    int[] seen = indicesOf(batches);
    int[] sorted = seen.clone();
    Arrays.sort(sorted);
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sorted, "one epoch should use every example exactly "
        + "once, but its batches held the indices " + Arrays.toString(seen));
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
            + example + " (its index), but was " + Arrays.toString(features[k]));
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
    assertFalse(Arrays.equals(first, second), "two epochs of the same MiniBatches visited the examples in the same "
        + "order " + Arrays.toString(first) + "; draw a new order from the object's random in every iterator() call");
    int[] sorted = second.clone();
    Arrays.sort(sorted);
    int[] all = new int[30];
    Arrays.setAll(all, i -> i);
    assertArrayEquals(all, sorted, "the second epoch should also use every example once, but held "
        + Arrays.toString(second));
    Submission.MiniBatches again = new Submission.MiniBatches(LineData.numbered(30), 8, 5);
    assertArrayEquals(first, indicesOf(epoch(again)), "a new MiniBatches with the same seed should repeat the same "
        + "first epoch; draw every order from the object's own random");
    int[] unshuffled = all.clone();
    assertFalse(Arrays.equals(first, unshuffled), "the epoch came out in the stored order 0, 1, 2, ...; shuffle it "
        + "with shuffledOrder");
  }
}
