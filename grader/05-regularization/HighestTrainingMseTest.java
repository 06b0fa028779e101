import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.data.Datasets;
import org.dlkit.data.Split;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.Loss;
import org.dlkit.nn.MSE;
import org.dlkit.nn.Module;
import org.dlkit.nn.Sequential;
import org.dlkit.nn.Tanh;
import org.dlkit.optim.Adam;
import org.dlkit.train.DataLoader;
import org.dlkit.train.Evaluation;
import org.dlkit.train.Trainer;
import org.junit.jupiter.api.Test;

/** Trains the lab's two underfitting models of section 4 with the library and finds which has the higher training MSE. */
@Exercise("highest-training-mse")
class HighestTrainingMseTest {
  private static Prediction prediction() {
    return Prediction.of("highest-training-mse", Submission.highestTrainingMsePrediction())
        .among("line", "strong");
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheTraining() {
    Split data = new Split(Datasets.noisySine(30, 0.5, 3), Datasets.noisySine(200, 0.5, 99)).standardized();
    Dataset train = data.train();
    Map<String, Double> mse = new LinkedHashMap<>();
    mse.put("line", trainingMse(new Sequential(new Dense(1, 1)), 0, train));
    mse.put("strong", trainingMse(bigNet(), 1.0, train));
    String highest = mse.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    prediction().assertOutcome(highest, String.format(Locale.ROOT, "Training MSEs: straight line %.3f, L2 λ = 1 %.3f."
        + " At λ = 1 the penalty outweighs any bend the network could make,"
        + " so its weights stay near zero and its curve near the flat mean: a big network regularized this hard fits"
        + " the training points worse than even a straight line.", mse.get("line"), mse.get("strong")));
  }

  private static Sequential bigNet() {
    Initializers.seed(42);
    return new Sequential(new Dense(1, 64, new Tanh()), new Dense(64, 64, new Tanh()), new Dense(64, 1));
  }

  private static double trainingMse(Module model, double lambda, Dataset train) {
    Loss loss = new Loss() {
      private final MSE mse = new MSE();

      @Override
      public Tensor compute(Tensor output, NdArray targets) {
        Tensor total = mse.compute(output, targets);
        if (lambda > 0 && model.isTraining()) {
          Tensor penalty = Tensor.scalar(0);
          for (Tensor p : model.parameters()) {
            penalty = penalty.add(p.pow(2).sum());
          }
          total = total.add(penalty.mul(lambda / 2));
        }
        return total;
      }

      @Override
      public int[] predictedClasses(NdArray output) {
        return null;
      }
    };
    Trainer.of(model, loss, Adam.of(model.parameters(), 0.01)).epochs(400).fit(DataLoader.of(train, train.size()));
    return Evaluation.of(model, new MSE(), train).loss();
  }
}
