import java.util.Locale;
import org.dlkit.autograd.Tensor;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Dropout;
import org.junit.jupiter.api.Test;

@Exercise("kept-value")
class KeptValueTest {
  private static Prediction prediction() {
    return Prediction.of("kept-value", Submission.keptValuePrediction());
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheMask() {
    NdArray dropped = new Dropout(0.3, 0).forward(Tensor.of(NdArray.ones(100, 100))).data();
    double kept = dropped.max();
    prediction().assertNear(kept, 0.01, String.format(Locale.ROOT, "A kept entry of the p = 0.3 mask is 1/(1 − p) ="
        + " %.4f: the 70%% of units that survive are scaled up so that the mask's mean, and so every unit's expected"
        + " value, stays 1.", kept));
  }
}
