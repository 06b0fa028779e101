import java.util.Locale;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.data.Datasets;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.dlkit.nn.BinaryCrossEntropy;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.Sequential;
import org.dlkit.nn.Sigmoid;
import org.dlkit.optim.Sgd;
import org.dlkit.train.DataLoader;
import org.dlkit.train.Trainer;
import org.junit.jupiter.api.Test;

@Exercise("trained-pass")
class TrainedPassTest {
  private static Prediction prediction() {
    return Prediction.of("trained-pass", Submission.trainedPassPrediction()).among("fail", "unsure", "pass");
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheTraining() {
    Dataset students = Datasets.passTheClass(100, 42);
    Sequential model = new Sequential(
        new Dense(2, 3, new Sigmoid(), Initializers.xavierUniform(), 5),
        new Dense(3, 1, new Sigmoid(), Initializers.xavierUniform(), 6));
    double before = model.forward(Tensor.of(4, 5)).item();
    Trainer.of(model, BinaryCrossEntropy.onProbabilities(), Sgd.of(model.parameters(), 0.5)).epochs(600)
        .fit(DataLoader.of(students, students.size()));
    double after = model.forward(Tensor.of(4, 5)).item();
    String outcome = after < 0.5 ? "fail" : after <= 0.9 ? "unsure" : "pass";
    prediction().assertOutcome(outcome, String.format(Locale.ROOT, "The same network trained the same way (the lab's "
        + "Trainer run matches your loop step for step) says P(pass) = %.4f at (4, 5), up from %.4f untrained; "
        + "the rule behind the data says %.4f.", after, before, Datasets.passProbability(4, 5)));
  }
}
