import java.util.Locale;
import java.util.Random;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.junit.jupiter.api.Test;

/** Replays the lab's grid rows for batch 1 and the full batch with a reference SGD (the lab's data, seeds and recipe). */
@Exercise("batch-one-vs-full")
class BatchOneVsFullTest {
  private static final int N = 512;
  private static final double[] RATES = {0.03, 0.06, 0.12, 0.25, 0.5, 0.75, 1, 1.5, 3};

  private static Prediction prediction() {
    return Prediction.of("batch-one-vs-full", Submission.batchOneVsFullPrediction()).among("smaller", "the same", "larger");
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheGrid() {
    double[][] x = new double[N][2];
    double[] y = new double[N];
    Random random = new Random(4);
    for (int i = 0; i < N; i++) {
      x[i][0] = random.nextGaussian();
      x[i][1] = random.nextGaussian();
      y[i] = 2 * x[i][0] - x[i][1] + 0.5 * random.nextGaussian();
    }
    double[] start = {-0.5, 1.5};
    double startLoss = loss(x, y, start);
    double one = largestStable(x, y, start, startLoss, 1);
    double full = largestStable(x, y, start, startLoss, N);
    String outcome = one < full ? "smaller" : one == full ? "the same" : "larger";
    prediction().assertOutcome(outcome, String.format(Locale.ROOT, "In the grid, batch 1's largest stable rate is %s"
        + " and the full batch's %s. A single example's step follows x_i x_iᵀ, whose curvature ‖x_i‖² is often several"
        + " times the full batch's λmax, so single examples overshoot at rates the full batch takes in its stride.",
        one, full));
  }

  private static double largestStable(double[][] x, double[] y, double[] start, double startLoss, int batch) {
    double largest = Double.NaN;
    for (double rate : RATES) {
      double end = loss(x, y, sgd(x, y, start, batch, rate, 3, 8));
      if (Double.isFinite(end) && end < startLoss) {
        largest = rate;
      }
    }
    return largest;
  }

  private static double[] sgd(double[][] x, double[] y, double[] start, int batch, double rate, int epochs, long seed) {
    double[] w = start.clone();
    Random random = new Random(seed);
    for (int epoch = 0; epoch < epochs; epoch++) {
      int[] order = new int[N];
      for (int i = 0; i < N; i++) {
        order[i] = i;
      }
      for (int i = N - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      for (int from = 0; from < N; from += batch) {
        int to = Math.min(N, from + batch);
        double g0 = 0;
        double g1 = 0;
        for (int k = from; k < to; k++) {
          int i = order[k];
          double error = w[0] * x[i][0] + w[1] * x[i][1] - y[i];
          g0 += error * x[i][0];
          g1 += error * x[i][1];
        }
        w[0] -= rate * g0 / (to - from);
        w[1] -= rate * g1 / (to - from);
      }
    }
    return w;
  }

  private static double loss(double[][] x, double[] y, double[] w) {
    double sum = 0;
    for (int i = 0; i < N; i++) {
      double error = w[0] * x[i][0] + w[1] * x[i][1] - y[i];
      sum += error * error;
    }
    return sum / (2 * N);
  }
}
