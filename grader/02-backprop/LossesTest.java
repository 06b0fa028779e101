import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Test;

@Exercise("losses")
class LossesTest {
  private static boolean near(double a, double b) {
    return Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(b));
  }

  /** Names the usual mistake when {@code got} is the mean loss {@code expected} of n examples scaled or negated. */
  private static String scaleHint(double got, double expected, int n, String otherwise) {
    if (near(got, expected * n)) {
      return "That is the sum over the " + n + " examples: divide by n, the loss is their mean.";
    }
    if (near(got, -expected)) {
      return "That is the loss with the wrong sign: the logarithm of a probability is negative, so the loss"
          + " carries a minus sign in front.";
    }
    if (near(got, expected / 2)) {
      return "That is half the mean: this course's mean squared error has no ½ in front.";
    }
    return otherwise;
  }

  @Test
  @Points(1)
  void binaryCrossEntropy() {
    double expected = -(Math.log(0.9) + Math.log(1 - 0.2) + Math.log(0.6)) / 3;
    double got = Submission.binaryCrossEntropy(NdArray.of(0.9, 0.2, 0.6), NdArray.of(1, 0, 1));
    assertEquals(expected, got, 1e-9, "binaryCrossEntropy(p = [0.9, 0.2, 0.6], y = [1, 0, 1]) should be"
        + " -(log 0.9 + log 0.8 + log 0.6) / 3 = " + expected + " but was " + got + ". " + scaleHint(got, expected, 3,
        "For y = 1 the loss is -log p, for y = 0 it is -log(1 - p); average over the examples"));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void binaryCrossEntropyClampsProbabilities() {
    double wrong = Submission.binaryCrossEntropy(NdArray.of(0, 1), NdArray.of(1, 0));
    double expected = -Math.log(1e-7);
    assertEquals(expected, wrong, 1e-6, "binaryCrossEntropy(p = [0, 1], y = [1, 0]), two certain mistakes, should be"
        + " -log(1e-7) = " + expected + " but was " + wrong + ". log 0 is -Infinity (and 0 · -Infinity is NaN): clamp p"
        + " into [1e-7, 1 - 1e-7], both ends, before the logarithms");
    double right = Submission.binaryCrossEntropy(NdArray.of(1, 0), NdArray.of(1, 0));
    assertEquals(1e-7, right, 1e-9, "binaryCrossEntropy(p = [1, 0], y = [1, 0]), two certain right answers, should be"
        + " about 1e-7 but was " + right + ". log 0 is -Infinity (and 0 · -Infinity is NaN): clamp p into"
        + " [1e-7, 1 - 1e-7], both ends, before the logarithms");
  }

  @Test
  @Points(1)
  void softmaxCrossEntropy() {
    NdArray logits = NdArray.of(new double[][] {{2, 1, 0}, {0, 0, 3}});
    double first = Math.log(Math.exp(2) + Math.exp(1) + 1) - 1;
    double second = Math.log(2 + Math.exp(3)) - 3;
    double expected = (first + second) / 2;
    double largest = (first - 1 + second) / 2;
    double got = Submission.softmaxCrossEntropy(logits, new int[] {1, 2});
    String hint = near(got, largest) ? "That subtracts each row's largest logit, not the logit of the true class"
        + " z[i][labels[i]] (in row 0 the true class 1 is not the largest)."
        : scaleHint(got, expected, 2, "Per row: log Σ_j e^(z_j) minus the logit of the true class; then average");
    assertEquals(expected, got, 1e-9, "softmaxCrossEntropy([[2, 1, 0], [0, 0, 3]], labels [1, 2]) should be "
        + expected + " but was " + got + ". " + hint);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void softmaxCrossEntropyOfLargeLogits() {
    double got = Submission.softmaxCrossEntropy(NdArray.of(new double[][] {{1000, 0, -1000}}), new int[] {1});
    assertEquals(1000, got, 1e-9, "softmaxCrossEntropy([[1000, 0, -1000]], label 1) should be 1000 but was " + got
        + (got == 0 ? ". 0 means the largest logit was subtracted instead of the true class's logit 0"
        : ". e^1000 overflows: subtract the row's largest logit m first, log Σ e^z = m + log Σ e^(z - m)"));
    double tie = Submission.softmaxCrossEntropy(NdArray.of(new double[][] {{800, 800}, {-800, -800}}), new int[] {0, 1});
    assertEquals(Math.log(2), tie, 1e-9, "softmaxCrossEntropy([[800, 800], [-800, -800]], labels [0, 1]) should be"
        + " log 2 = " + Math.log(2) + " but was " + tie + ". e^800 overflows and e^-800 underflows to 0: subtract each"
        + " row's largest logit before exponentiating");
  }

  @Test
  @Points(1)
  void meanSquaredError() {
    double got = Submission.meanSquaredError(NdArray.of(2.5, 0.0, 2.1), NdArray.of(3.0, -0.5, 2.0));
    double expected = (0.25 + 0.25 + 0.01) / 3;
    assertEquals(expected, got, 1e-9, "meanSquaredError([2.5, 0, 2.1], [3, -0.5, 2]) should be (0.25 + 0.25 + 0.01) / 3 = "
        + expected + " but was " + got + ". " + scaleHint(got, expected, 3,
        "Square each difference, then take the mean (not the sum)"));
  }
}
