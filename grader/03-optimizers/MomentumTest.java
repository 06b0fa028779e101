import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.dlkit.optim.Sgd;
import org.junit.jupiter.api.Test;

@Exercise("momentum")
class MomentumTest {
  @Test
  @Points(1)
  void firstStepIsPlainGradientDescent() {
    Submission.MomentumRule rule = new Submission.MomentumRule(0.2, 0.9);
    double[] w = {1, -2};
    rule.step(w, new double[] {4, -10});
    String hint = "";
    if (Arrays.equals(w, new double[] {1, -2})) {
      hint = ". The weights did not move: update the velocity with the new gradient first, then step along it";
    } else if (Math.abs(w[0] - 0.92) < 1e-12) {
      hint = ". That is a step of η(1 − β)g: this lab's momentum adds the whole gradient, v ← βv + g, not (1 − β)g";
    } else if (Math.abs(w[0] - 0.84) < 1e-12) {
      hint = ". That is a step of η²g: η belongs in the step w ← w − ηv only, not in the velocity too";
    } else if (Math.abs(w[0] - 0.28) < 1e-12) {
      hint = ". That is a step of ηβg: β multiplies the old velocity, v ← βv + g, and the new gradient enters whole";
    } else if (Math.abs(w[0] - 1.8) < 1e-12) {
      hint = ". That is a step uphill: move against the velocity, w ← w − ηv";
    }
    assertArrayEquals(new double[] {0.2, 0}, w, 1e-12, "v starts at 0, so the first step is v = g and w ← w − ηg: "
        + "from (1, -2) with g = (4, -10) and η = 0.2 it should reach (0.2, 0), but reached " + Arrays.toString(w)
        + hint);
  }

  @Test
  @Points(1)
  void velocityAddsUpRepeatedGradients() {
    Submission.MomentumRule rule = new Submission.MomentumRule(0.5, 0.9);
    double[] w = {0};
    double[] expectedW = {-0.5, -1.45, -2.805};
    for (int t = 0; t < 3; t++) {
      rule.step(w, new double[] {1});
      assertArrayEquals(new double[] {expectedW[t]}, w, 1e-12, String.format("with the same gradient g = 1 every "
          + "step, v grows 1, 1.9, 2.71 (v ← 0.9 v + g) and w ← w − 0.5 v; after step %d w should be %s, but was %s%s",
          t + 1, expectedW[t], w[0], t > 0 && Math.abs(w[0] - 0.5 * -(t + 1)) < 1e-12 ? ". Every step moved by η·g"
          + " alone, as if v started from 0 each time: create the velocity once (when it is null) and keep it" : ""));
    }
    assertArrayEquals(new double[] {2.71}, rule.velocity, 1e-12, "after three steps with g = 1 the velocity should "
        + "be 1 + 0.9 + 0.81 = 2.71, but was " + Arrays.toString(rule.velocity));
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void matchesDlkitSgdWithMomentum() {
    Submission.MomentumRule rule = new Submission.MomentumRule(0.3, 0.9);
    Bowl.replay(rule::step, p -> Sgd.builder(p).learningRate(0.3).momentum(0.9).build(),
        "dlkit's Sgd with momentum 0.9 and η = 0.3", 30);
  }
}
