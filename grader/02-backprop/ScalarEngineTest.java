import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import org.dlkit.autograd.Value;
import org.dlkit.exercise.Exercise;
import org.dlkit.exercise.Points;
import org.dlkit.exercise.Visibility;
import org.junit.jupiter.api.Test;

@Exercise("scalar-engine")
class ScalarEngineTest {
  private static Submission.Scalar s(double v) {
    return new Submission.Scalar(v);
  }

  /** Explains a gradient that equals its last share alone: the step set (=) it instead of adding (+=) to it. */
  private static String overwrote(double grad, double share) {
    return Math.abs(grad - share) < 1e-12 ? ". That is the new share alone, as if the step set the gradient with ="
        + " instead of adding to it with +=: a node used twice must collect both shares" : "";
  }

  @Test
  @Points(1)
  void addPassesTheGradientToBothInputs() {
    Submission.Scalar a = s(2);
    Submission.Scalar b = s(-3);
    Submission.Scalar c = a.add(b);
    a.grad = 0.25;
    b.grad = -1;
    c.grad = 1.5;
    c.backwardStep.run();
    assertEquals(1.75, a.grad, 1e-12, "c = a + b with c.grad = 1.5, and a.grad already 0.25 from another use of a:"
        + " c's backwardStep should add 1.5 · ∂c/∂a = 1.5 to it, making 1.75, but a.grad is " + a.grad
        + overwrote(a.grad, 1.5));
    assertEquals(0.5, b.grad, 1e-12, "c = a + b with c.grad = 1.5, and b.grad already -1: c's backwardStep should add"
        + " 1.5 · ∂c/∂b = 1.5 to it, making 0.5, but b.grad is " + b.grad + overwrote(b.grad, 1.5));
  }

  @Test
  @Points(1)
  void mulPassesTheOtherFactor() {
    Submission.Scalar a = s(2);
    Submission.Scalar b = s(-3);
    Submission.Scalar c = a.mul(b);
    a.grad = 1;
    b.grad = 1;
    c.grad = 1.5;
    c.backwardStep.run();
    String own = Math.abs(a.grad - 4) < 1e-12 ? ". That adds a's own value: ∂(a · b)/∂a is the other factor, b" : "";
    assertEquals(-3.5, a.grad, 1e-12, "c = a · b with a = 2, b = -3, c.grad = 1.5 and a.grad already 1: a.grad should"
        + " grow by 1.5 · ∂c/∂a = 1.5 · b = -4.5 to -3.5, but a.grad is " + a.grad + own + overwrote(a.grad, -4.5));
    assertEquals(4, b.grad, 1e-12, "c = a · b with a = 2, b = -3, c.grad = 1.5 and b.grad already 1: b.grad should"
        + " grow by 1.5 · ∂c/∂b = 1.5 · a = 3 to 4, but b.grad is " + b.grad + overwrote(b.grad, 3));
  }

  @Test
  @Points(1)
  void sigmoidPassesItsSlope() {
    Submission.Scalar a = s(0.7);
    Submission.Scalar c = a.sigmoid();
    a.grad = 0.5;
    c.grad = 2;
    c.backwardStep.run();
    double sigma = 1 / (1 + Math.exp(-0.7));
    double expected = 0.5 + 2 * sigma * (1 - sigma);
    String hint = "";
    if (Math.abs(a.grad - (0.5 + 2 * 0.7 * (1 - 0.7))) < 1e-12) {
      hint = ". That uses the input 0.7 in z(1 - z): the slope is σ(z)(1 - σ(z)), and σ(z) is out.data";
    } else if (Math.abs(a.grad - (0.5 + sigma * (1 - sigma))) < 1e-12) {
      hint = ". That adds σ'(a) alone: multiply it by out.grad, the gradient arriving from above";
    }
    assertEquals(expected, a.grad, 1e-12, "c = σ(a) with a = 0.7, c.grad = 2 and a.grad already 0.5: a.grad should grow"
        + " by 2 · σ(a)(1 - σ(a)) to " + expected + ", but a.grad is " + a.grad + hint
        + overwrote(a.grad, 2 * sigma * (1 - sigma)));
  }

  @Test
  @Points(1)
  void buildOrderListsChildrenFirst() {
    Submission.Scalar a = s(1);
    Submission.Scalar b = s(2);
    Submission.Scalar c = s(3);
    Submission.Scalar e = a.mul(b);
    Submission.Scalar d = e.add(e.mul(c));
    List<Submission.Scalar> order = new ArrayList<>();
    d.buildOrder(new HashSet<>(), order);
    assertEquals(6, order.size(), "d = e + e · c with e = a · b has 6 nodes (a, b, e, c, e · c, d), each to be listed"
        + " once, but buildOrder listed " + order.size() + (order.size() > 6 ? ": e is reached twice, so it and its"
        + " inputs were listed twice; skip a node that is already in visited" : ""));
    for (Submission.Scalar node : order) {
      for (Submission.Scalar child : node.children) {
        if (order.indexOf(child) > order.indexOf(node)) {
          fail("in d = e + e · c, the node " + node.data + " is listed before its input " + child.data
              + ": visit every child before appending the node");
        }
      }
    }
    assertTrue(order.get(order.size() - 1) == d, "the node buildOrder starts from, d, must come last");
  }

  @Test
  @Points(1)
  void backwardThroughOneNeuron() {
    // y = σ(w · x + b) with w = -1.5, x = 2, b = 0.5
    Submission.Scalar w = s(-1.5);
    Submission.Scalar x = s(2);
    Submission.Scalar b = s(0.5);
    Submission.Scalar y = w.mul(x).add(b).sigmoid();
    y.backward();
    double sigma = 1 / (1 + Math.exp(2.5));
    double slope = sigma * (1 - sigma);
    assertEquals(1, y.grad, 1e-12, "after y.backward(), y.grad should be dy/dy = 1 but was " + y.grad
        + ". Seed the output's grad with 1 after zeroing every gradient, not before");
    assertEquals(slope * 2, w.grad, 1e-12, "for y = σ(w · x + b), dy/dw = σ'(z) · x = " + slope * 2 + " but w.grad is "
        + w.grad + ". Run every node's backwardStep, from y back to the leaves (in the order buildOrder gives, reversed)");
    assertEquals(slope * -1.5, x.grad, 1e-12, "for y = σ(w · x + b), dy/dx = σ'(z) · w = " + slope * -1.5
        + " but x.grad is " + x.grad);
    assertEquals(slope, b.grad, 1e-12, "for y = σ(w · x + b), dy/db = σ'(z) = " + slope + " but b.grad is " + b.grad);
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void reusedNodesCollectEveryShare() {
    Submission.Scalar a = s(3);
    Submission.Scalar square = a.mul(a);
    square.backward();
    assertEquals(6, a.grad, 1e-12, "for a · a with a = 3 the gradient is 2a = 6 but a.grad is " + a.grad
        + ". a is both inputs of mul: add (+=) each share into its grad instead of overwriting it (=)");
    Submission.Scalar b = s(-2);
    Submission.Scalar e = b.sub(s(1));
    Submission.Scalar twice = e.mul(e).add(e);
    twice.backward();
    assertEquals(2 * -3 + 1, b.grad, 1e-12, "for e · e + e with e = b - 1 and b = -2, d/db = 2e + 1 = -5 but b.grad is "
        + b.grad + ". e is used three times and receives three shares, each added (+=) to its grad; and each node's"
        + " backwardStep must run exactly once");
    twice.backward();
    assertEquals(-5, b.grad, 1e-12, "calling backward() a second time should give the same gradients, but b.grad became "
        + b.grad + ". Set every node's grad to 0 before seeding the output with 1");
  }

  @Test
  @Points(1)
  @Visibility(Visibility.HIDDEN)
  void agreesWithDlkitValue() {
    Random random = new Random(17);
    for (int trial = 0; trial < 5; trial++) {
      double[] x = new double[3];
      double[] w = new double[3];
      for (int i = 0; i < 3; i++) {
        x[i] = random.nextGaussian();
        w[i] = random.nextGaussian();
      }
      double bias = random.nextGaussian();
      double target = random.nextInt(2);
      Submission.Scalar[] sw = new Submission.Scalar[3];
      Value[] vw = new Value[3];
      Submission.Scalar sz = s(bias);
      Value vz = Value.of(bias);
      for (int i = 0; i < 3; i++) {
        sw[i] = s(w[i]);
        vw[i] = Value.of(w[i]);
        sz = sz.add(sw[i].mul(s(x[i])));
        vz = vz.add(vw[i].mul(x[i]));
      }
      Submission.Scalar se = sz.sigmoid().mul(sz.sigmoid()).sub(s(target));
      Submission.Scalar sLoss = se.mul(se);
      Value ve = vz.sigmoid().mul(vz.sigmoid()).sub(target);
      Value vLoss = ve.mul(ve);
      sLoss.backward();
      vLoss.backward();
      assertEquals(vLoss.data(), sLoss.data, 1e-12, "the loss of a 3-input neuron differs from dlkit's Value");
      for (int i = 0; i < 3; i++) {
        assertEquals(vw[i].grad(), sw[i].grad, 1e-10, "for J = (σ(z)² - y)² with z = b + Σ w_i x_i, dJ/dw" + i
            + " is " + vw[i].grad() + " by dlkit's Value but " + sw[i].grad + " by your Scalar. The visible tests"
            + " check add, mul, sigmoid, buildOrder and backward one at a time: start with the first that fails");
      }
    }
  }
}
