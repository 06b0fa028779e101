import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("confusion")
class ConfusionTest {
  @Test
  @Points(1)
  void countsEveryPair() {
    int[] labels = {0, 0, 1, 1, 1, 2};
    int[] predicted = {0, 1, 1, 1, 2, 2};
    int[][] counts = Submission.confusionMatrix(predicted, labels, 3);
    assertReturned(counts, "confusionMatrix", "");
    int[][] expected = {{1, 1, 0}, {0, 2, 1}, {0, 0, 1}};
    int[][] transposed = {{1, 0, 0}, {1, 2, 0}, {0, 1, 1}};
    int sum = Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
    String hint = Arrays.deepEquals(transposed, counts) ? ": rows and columns are swapped; which index is the true"
        + " class?" : sum != labels.length ? ": the counts add up to " + sum + ", but every one of the " + labels.length
        + " examples is counted exactly once" : "";
    assertTrue(Arrays.deepEquals(expected, counts), "labels " + Arrays.toString(labels) + " and predictions "
        + Arrays.toString(predicted) + " should give " + Arrays.deepToString(expected) + " (row = true class, column ="
        + " predicted class), but got " + Arrays.deepToString(counts) + hint);
  }

  @Test
  @Points(1)
  void accuracyIsTheDiagonalOverTheTotal() {
    int[][] confusion = {{5, 1, 0}, {2, 3, 0}, {0, 1, 8}};
    double accuracy = Submission.accuracy(confusion);
    assertEquals(16.0 / 20, accuracy, 1e-12, "for " + Arrays.deepToString(confusion) + " the diagonal holds 5 + 3 + 8"
        + " = 16 of 20 predictions, so the accuracy is 0.8, but accuracy gave " + accuracy
        + (accuracy == 0 ? " (integer division? divide as doubles)" : Math.abs(accuracy - 16.0 / 3) < 1e-9
            ? ": the diagonal was divided by the number of classes, not by the number of predictions"
            : Math.abs(accuracy - (5.0 / 6 + 3.0 / 5 + 8.0 / 9) / 3) < 1e-9 ? ": that is the mean of the classes'"
                + " accuracies, which weighs a small class as much as a large one; count correct predictions over"
                + " all predictions" : ""));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void rowsAreTrueClassesColumnsPredictions() {
    int[][] counts = Submission.confusionMatrix(new int[] {2, 2, 2}, new int[] {0, 0, 1}, 3);
    assertEquals(2, counts[0][2], "two examples of true class 0 were predicted as 2, so counts[0][2] should be 2, but is "
        + counts[0][2] + (counts[2][0] == 2 ? "; rows and columns are swapped: counts[true][predicted]" : ""));
    assertEquals(1, counts[1][2], "one example of true class 1 was predicted as 2, so counts[1][2] should be 1");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void classesWithoutExamplesStayInTheMatrix() {
    int[][] counts = Submission.confusionMatrix(new int[] {1, 0, 1}, new int[] {1, 0, 0}, 5);
    assertEquals(5, counts.length, "with 5 classes the matrix should have 5 rows even if classes 2..4 never occur, but"
        + " has " + counts.length);
    for (int[] row : counts) {
      assertEquals(5, row.length, "every row should have 5 columns, one per class");
    }
    assertEquals(3, Arrays.stream(counts).flatMapToInt(Arrays::stream).sum(), "the counts should add up to the 3"
        + " examples");
  }
}
