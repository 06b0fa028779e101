import java.util.Locale;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Dropout;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.ReLU;
import org.dlkit.nn.Sequential;
import org.junit.jupiter.api.Test;

@Exercise("parameter-count")
class ParameterCountTest {
  private static Prediction prediction() {
    return Prediction.of("parameter-count", Submission.parameterCountPrediction());
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheModel() {
    Sequential model = new Sequential(new Dense(784, 64, new ReLU(), Initializers.he(), 1), new Dropout(0.2, 2),
        new Dense(64, 10, new Identity(), Initializers.xavierUniform(), 3));
    long count = model.parameterCount();
    prediction().assertNear(count, 0.5, String.format(Locale.ROOT, "The capstone model for 28×28 images has %,d"
        + " weights: (784 + 1)·64 = 50,240 in the hidden layer (every pixel to every unit, plus a bias per unit),"
        + " (64 + 1)·10 = 650 in the output layer, and none in dropout, which only multiplies by a mask.", count));
  }
}
