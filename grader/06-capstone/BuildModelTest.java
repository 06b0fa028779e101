import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.dlkit.nn.Sequential;
import org.junit.jupiter.api.Test;

@Exercise("build-model")
class BuildModelTest {
  private static final NdArray IMAGES = NdArray.rand(11, 6, 784);

  private static Sequential build(int inputs, int hidden, int classes, double p, long seed) {
    Sequential model = Submission.buildModel(inputs, hidden, classes, p, seed);
    assertNotNull(model, "buildModel returned null");
    return model;
  }

  private static NdArray evaluated(Sequential model, NdArray x) {
    model.eval();
    return run(model, x);
  }

  private static NdArray run(Sequential model, NdArray x) {
    try (NoGrad scope = Tensor.noGrad()) {
      return model.forward(Tensor.of(x)).data();
    }
  }

  @Test
  @Points(1)
  void oneLogitPerClass() {
    Sequential model = build(784, 128, 10, 0.2, 1);
    NdArray out = evaluated(model, IMAGES);
    assertArrayEquals(new int[] {6, 10}, out.shape(), "6 images of 784 pixels should give outputs of shape [6, 10], one"
        + " score per class, but got " + Arrays.toString(out.shape()));
  }

  @Test
  @Points(1)
  void parameterCountOfOneHiddenLayer() {
    Sequential model = build(784, 128, 10, 0.2, 1);
    assertEquals(784 * 128 + 128 + 128 * 10 + 10, model.parameterCount(), "784 → 128 → 10 has 784·128 + 128 weights and"
        + " biases in the hidden layer and 128·10 + 10 in the output layer = 101,770 parameters, but the model has "
        + String.format("%,d", model.parameterCount()) + "; use exactly two Dense layers");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void endsWithLogits() {
    NdArray out = evaluated(build(784, 32, 10, 0.2, 2), IMAGES);
    assertTrue(out.min() < 0, "all 60 outputs are >= 0, as after a softmax, sigmoid or ReLU; the model should end with"
        + " raw logits (the last Dense with new Identity()), because CrossEntropy applies the softmax itself");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void dropoutOnlyWhileTraining() {
    Sequential model = build(784, 64, 10, 0.5, 3);
    model.train();
    NdArray first = run(model, IMAGES);
    NdArray second = run(model, IMAGES);
    assertFalse(first.equals(second), "in training mode with p = 0.5 two forward passes should differ (dropout draws a"
        + " new mask each time), but they are equal; put a Dropout(p, seed) between the two Dense layers");
    model.eval();
    assertTrue(run(model, IMAGES).equals(run(model, IMAGES)), "in eval mode the model should be deterministic");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void sameSeedSameNetwork() {
    NdArray a = evaluated(build(784, 16, 10, 0.2, 7), IMAGES);
    NdArray b = evaluated(build(784, 16, 10, 0.2, 7), IMAGES);
    NdArray c = evaluated(build(784, 16, 10, 0.2, 8), IMAGES);
    assertTrue(a.equals(b), "buildModel(..., seed 7) twice should build identical networks; give each Dense the seed"
        + " (new Dense(in, out, activation, initializer, seed)) instead of the default random source");
    assertFalse(a.equals(c), "seeds 7 and 8 built identical networks; derive the layers' seeds from the seed argument");
  }
}
