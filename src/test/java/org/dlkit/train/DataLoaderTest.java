package org.dlkit.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("lab4")
class DataLoaderTest {
  /** Ten examples whose single feature equals their index, and target 10 x index. */
  private static final Dataset TEN = Dataset.regression("ten", NdArray.arange(10).reshape(10, 1),
      NdArray.arange(10).mul(10), List.of("index"));

  @Test
  void everyExampleExactlyOncePerEpoch() {
    DataLoader loader = DataLoader.of(TEN, 3).shuffled(5);
    for (int epoch = 0; epoch < 4; epoch++) {
      List<Integer> seen = new ArrayList<>();
      for (Batch batch : loader) {
        for (int i = 0; i < batch.size(); i++) {
          int index = batch.indices()[i];
          seen.add(index);
          assertEquals(index, batch.features().get(i, 0), "features follow the index");
          assertEquals(10.0 * index, batch.targets().get(i), "targets follow the index");
        }
      }
      seen.sort(null);
      assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9), seen);
    }
  }

  @Test
  void batchSizesAndDropLast() {
    assertEquals(List.of(3, 3, 3, 1), sizes(DataLoader.of(TEN, 3).batches(0)));
    assertEquals(4, DataLoader.of(TEN, 3).batchesPerEpoch());
    assertEquals(List.of(3, 3, 3), sizes(DataLoader.of(TEN, 3).droppingLast().batches(0)));
    assertEquals(3, DataLoader.of(TEN, 3).droppingLast().batchesPerEpoch());
    assertEquals(List.of(10), sizes(DataLoader.of(TEN, 64).batches(0)));
  }

  @Test
  void shufflingIsSeededAndChangesEveryEpoch() {
    int[] first = order(DataLoader.of(TEN, 10).shuffled(1).batches(0));
    assertArrayEquals(first, order(DataLoader.of(TEN, 10).shuffled(1).batches(0)), "same seed, same order");
    assertNotEquals(Arrays.toString(first), Arrays.toString(order(DataLoader.of(TEN, 10).shuffled(1).batches(1))));
    assertNotEquals(Arrays.toString(first), Arrays.toString(order(DataLoader.of(TEN, 10).shuffled(2).batches(0))));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, order(DataLoader.of(TEN, 10).batches(3)));
  }

  @Test
  void badSizesAreExplained() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DataLoader.of(TEN, 0));
    assertEquals("DataLoader: batch size must be at least 1, got 0", e.getMessage());
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> DataLoader.of(TEN, 11).droppingLast());
    assertEquals("DataLoader: batch size 11 with dropLast leaves no batch from 10 examples; use a smaller batch"
        + " or keep the last partial batch", none.getMessage());
  }

  private static List<Integer> sizes(List<Batch> batches) {
    List<Integer> sizes = new ArrayList<>();
    batches.forEach(b -> sizes.add(b.size()));
    return sizes;
  }

  private static int[] order(List<Batch> batches) {
    return batches.stream().flatMapToInt(b -> Arrays.stream(b.indices())).toArray();
  }
}
