import static org.dlkit.exercise.GraderAssertions.assertReturned;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.dlkit.autograd.NoGrad;
import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Dropout;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.ReLU;
import org.dlkit.nn.Sequential;
import org.junit.jupiter.api.Test;

@Exercise("predict")
class PredictTest {
  @Test
  @Points(1)
  void indexOfTheLargestOutput() {
    Dense scores = new Dense(3, 3, new Identity(), Initializers.zeros(), 0);
    scores.setWeights(NdArray.of(new double[][] {{0, 1, 0}, {0, 0, 1}, {1, 0, 0}}));
    NdArray x = NdArray.of(new double[][] {{5, 1, 2}, {0, 3, 1}, {1, 2, 7}, {-3, -2, -1}, {-1, -2, -3}});
    int[] predicted = Submission.predict(scores, x);
    assertReturned(predicted, "predict", "");
    int[] expected = {1, 2, 0, 0, 1};
    String hint = predicted.length != 5 ? ": there should be one class per row (example); over which axis of the"
        + " [rows, classes] outputs is the largest taken?"
        : Arrays.equals(predicted, new int[] {5, 3, 7, -1, -1}) ? ": those are the largest outputs themselves; the"
            + " class is the index (position) of the largest output"
        : Arrays.equals(Arrays.copyOf(predicted, 3), new int[] {1, 2, 0}) ? ": the rows whose outputs are all negative"
            + " came out wrong; does your search for the largest start from a value that can be beaten?"
        : "";
    assertArrayEquals(expected, predicted, "this model's outputs for the 5 rows are (2, 5, 1), (1, 0, 3), (7, 1, 2),"
        + " (-1, -3, -2) and (-3, -1, -2), so the predicted classes (index of the largest output) are "
        + Arrays.toString(expected) + ", but predict gave " + Arrays.toString(predicted) + hint);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void dropoutIsOffWhilePredicting() {
    Dense hidden = new Dense(8, 16, new ReLU(), Initializers.he(), 1);
    Dense output = new Dense(16, 4, new Identity(), Initializers.xavierUniform(), 2);
    Sequential model = new Sequential(hidden, new Dropout(0.9, 3), output);
    NdArray x = NdArray.randn(4, 50, 8);
    int[] expected;
    try (NoGrad scope = Tensor.noGrad()) {
      expected = Arrays.stream(output.forward(hidden.forward(Tensor.of(x))).data().argmax(-1).toArray())
          .mapToInt(v -> (int) v).toArray();
    }
    int[] predicted = Submission.predict(model, x);
    if (Arrays.equals(expected, predicted)) {
      return;
    }
    boolean rightWithoutDropout = Arrays.equals(expected, Submission.predict(new Sequential(hidden, output), x));
    fail("a model in training mode with Dropout(0.9) should predict what it predicts with dropout off, "
        + Arrays.toString(expected) + ", but predict gave " + Arrays.toString(predicted) + (rightWithoutDropout
        ? "; the same model without its Dropout is predicted right, so dropout was on: which mode must the model be"
            + " in while predicting?"
        : "; predict is wrong even for the model without dropout (one class per row: the index of its largest output)"));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void leavesTheModelInItsMode() {
    Sequential model = new Sequential(new Dense(2, 3, new ReLU(), Initializers.he(), 1), new Dropout(0.5, 2),
        new Dense(3, 2, new Identity(), Initializers.he(), 3));
    NdArray x = NdArray.of(new double[][] {{1, 2}, {3, 4}});
    model.train();
    Submission.predict(model, x);
    assertTrue(model.isTraining(), "the model was training before predict, so it should be training afterwards; call"
        + " model.train() again at the end (a finally block does it even on errors)");
    model.eval();
    Submission.predict(model, x);
    assertFalse(model.isTraining(), "the model was in eval mode before predict and should stay in eval mode");
  }
}
