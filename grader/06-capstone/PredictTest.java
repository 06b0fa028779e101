import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    NdArray x = NdArray.of(new double[][] {{5, 1, 2}, {0, 3, 1}, {1, 2, 7}, {-3, -2, -1}});
    int[] predicted = Submission.predict(scores, x);
    assertNotNull(predicted, "predict returned null");
    assertArrayEquals(new int[] {1, 2, 0, 0}, predicted, "this model's outputs for the 4 rows are (2, 5, 1), (1, 0, 3),"
        + " (7, 1, 2) and (-1, -3, -2), so the predicted classes (index of the largest output) are [1, 2, 0, 0], but"
        + " predict gave " + Arrays.toString(predicted));
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
    assertArrayEquals(expected, predicted, "a model in training mode with Dropout(0.9) should predict as if dropout were"
        + " off: call model.eval() before the forward pass");
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
