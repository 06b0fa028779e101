import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dlkit.data.Dataset;
import org.dlkit.data.Datasets;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Prediction;
import org.dlkit.nn.CrossEntropy;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.Module;
import org.dlkit.nn.ReLU;
import org.dlkit.nn.Sequential;
import org.dlkit.optim.Adam;
import org.dlkit.train.DataLoader;
import org.dlkit.train.Trainer;
import org.junit.jupiter.api.Test;

/** Trains the lab's wide and deep networks of section 8 with the library and compares their final training losses. */
@Exercise("width-or-depth")
class WidthOrDepthTest {
  private static Prediction prediction() {
    return Prediction.of("width-or-depth", Submission.widthOrDepthPrediction()).among("wide", "deep");
  }

  @Test
  @Points(1)
  void recorded() {
    prediction().assertRecorded();
  }

  @Test
  @Points(1)
  void agreesWithTheTraining() {
    Dataset spirals = Datasets.spirals(300, 2, 0.05, 3);
    double wide = finalLoss(shaped(5, 2, 12, 2), spirals);
    double deep = finalLoss(shaped(5, 2, 4, 4, 4, 2), spirals);
    prediction().assertOutcome(deep < wide ? "deep" : "wide", String.format(Locale.ROOT, "Final training losses with"
        + " 62 weights each: wide 2→12→2 %.4f, deep 2→4→4→4→2 %.4f. Twelve ReLUs in one layer cut the plane along"
        + " at most twelve lines; three layers of four can fold the pieces the layer below made, so the same weights"
        + " can draw a border with more bends.", wide, deep));
  }

  private static Sequential shaped(long seed, int... widths) {
    List<Module> layers = new ArrayList<>();
    for (int k = 0; k + 1 < widths.length; k++) {
      boolean last = k + 2 == widths.length;
      layers.add(last ? new Dense(widths[k], widths[k + 1], new Identity(), Initializers.xavierUniform(), seed + k)
          : new Dense(widths[k], widths[k + 1], new ReLU(), Initializers.he(), seed + k));
    }
    return new Sequential(layers.toArray(new Module[0]));
  }

  private static double finalLoss(Sequential net, Dataset data) {
    return Trainer.of(net, new CrossEntropy(), Adam.of(net.parameters(), 0.01)).epochs(500)
        .fit(DataLoader.of(data, data.size())).last().trainLoss();
  }
}
