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

  @Test
  @Points(1)
  void addPassesTheGradientToBothInputs() {
    Submission.Scalar a = s(2);
    Submission.Scalar b = s(-3);
    Submission.Scalar c = a.add(b);
    c.grad = 1.5;
    c.backwardStep.run();
    assertEquals(1.5, a.grad, 1e-12, "c = a + b with c.grad = 1.5: c's backwardStep should add 1.5 · ∂c/∂a = 1.5 to"
        + " a.grad, but a.grad is " + a.grad);
    assertEquals(1.5, b.grad, 1e-12, "c = a + b with c.grad = 1.5: c's backwardStep should add 1.5 · ∂c/∂b = 1.5 to"
        + " b.grad, but b.grad is " + b.grad);
  }

  @Test
  @Points(1)
  void mulPassesTheOtherFactor() {
    Submission.Scalar a = s(2);
    Submission.Scalar b = s(-3);
    Submission.Scalar c = a.mul(b);
    c.grad = 1.5;
    c.backwardStep.run();
    assertEquals(-4.5, a.grad, 1e-12, "c = a · b with a = 2, b = -3 and c.grad = 1.5: a.grad should grow by"
        + " 1.5 · ∂c/∂a = 1.5 · b = -4.5, but a.grad is " + a.grad);
    assertEquals(3, b.grad, 1e-12, "c = a · b with a = 2, b = -3 and c.grad = 1.5: b.grad should grow by"
        + " 1.5 · ∂c/∂b = 1.5 · a = 3, but b.grad is " + b.grad);
  }

  @Test
  @Points(1)
  void sigmoidPassesItsSlope() {
    Submission.Scalar a = s(0.7);
    Submission.Scalar c = a.sigmoid();
    c.grad = 2;
    c.backwardStep.run();
    double sigma = 1 / (1 + Math.exp(-0.7));
    double expected = 2 * sigma * (1 - sigma);
    assertEquals(expected, a.grad, 1e-12, "c = σ(a) with a = 0.7 and c.grad = 2: a.grad should grow by"
        + " 2 · σ(a)(1 - σ(a)) = " + expected + ", but a.grad is " + a.grad);
  }

  @Test
  @Points(1)
  void buildOrderListsChildrenFirst() {
    Submission.Scalar a = s(1);
    Submission.Scalar b = s(2);
    Submission.Scalar c = s(3);
    Submission.Scalar ab = a.mul(b);
    Submission.Scalar d = ab.add(c);
    List<Submission.Scalar> order = new ArrayList<>();
    d.buildOrder(new HashSet<>(), order);
    assertEquals(5, order.size(), "d = a · b + c has 5 nodes (a, b, c, a · b, d), each listed once, but buildOrder"
        + " listed " + order.size());
    assertTrue(order.get(order.size() - 1) == d, "the node buildOrder starts from, d, must come last");
    for (Submission.Scalar node : order) {
      for (Submission.Scalar child : node.children) {
        if (order.indexOf(child) > order.indexOf(node)) {
          fail("in d = a · b + c, the node " + node.data + " is listed before its input " + child.data
              + ": visit every child before appending the node");
        }
      }
    }
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
    assertEquals(1, y.grad, 1e-12, "after y.backward(), y.grad should be dy/dy = 1 but was " + y.grad);
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
        + b.grad + ". A node used three times receives three shares");
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
            + " is " + vw[i].grad() + " by dlkit's Value but " + sw[i].grad + " by your Scalar");
      }
    }
  }
}
