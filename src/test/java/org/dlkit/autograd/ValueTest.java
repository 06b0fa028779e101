package org.dlkit.autograd;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("lab2")
class ValueTest {
  private static final double H = 1e-6;
  private static final double TOLERANCE = 1e-6;

  /** A scalar function of scalar inputs, written with {@link Value} operations. */
  private interface Expression extends Function<Value[], Value> {}

  /** Checks each input's backward() gradient against central differences (f(x+h) - f(x-h)) / 2h. */
  private static void assertGradients(String name, Expression f, double... point) {
    Value[] inputs = new Value[point.length];
    for (int i = 0; i < point.length; i++) inputs[i] = Value.of(point[i]);
    f.apply(inputs).backward();
    for (int i = 0; i < point.length; i++) {
      double[] plus = point.clone();
      double[] minus = point.clone();
      plus[i] += H;
      minus[i] -= H;
      double numeric = (evaluate(f, plus) - evaluate(f, minus)) / (2 * H);
      double analytic = inputs[i].grad();
      double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
      double relative = scale == 0 ? 0 : Math.abs(analytic - numeric) / scale;
      if (!(relative < TOLERANCE)) {
        fail(String.format(
            "%s at %s, input %d: backward() gave %s, finite differences %s (relative error %.3g)",
            name, Arrays.toString(point), i, analytic, numeric, relative));
      }
    }
  }

  private static double evaluate(Expression f, double[] point) {
    Value[] inputs = new Value[point.length];
    for (int i = 0; i < point.length; i++) inputs[i] = Value.of(point[i]);
    return f.apply(inputs).data();
  }

  /** The lecture's perceptron: y = sigmoid(bias + w . x) with bias 1 and x = (-1, 2). */
  private static Value perceptron(Value w1, Value w2) {
    return Value.of(1).add(w1.mul(-1)).add(w2.mul(2)).sigmoid();
  }

  @Test
  void perceptronOfTheLecture() {
    Value w1 = Value.of(3);
    Value w2 = Value.of(-2);
    Value z = Value.of(1).add(w1.mul(-1)).add(w2.mul(2));
    assertEquals(-6, z.data(), 0);
    assertEquals(0.002473, z.sigmoid().data(), 1e-6);
  }

  @Test
  void perceptronWeightGradientsMatchFiniteDifferences() {
    assertGradients("perceptron", in -> perceptron(in[0], in[1]), 3, -2);
    Value w1 = Value.of(3);
    Value w2 = Value.of(-2);
    Value y = perceptron(w1, w2);
    y.backward();
    double slope = y.data() * (1 - y.data());
    assertEquals(-slope, w1.grad(), 1e-15);
    assertEquals(2 * slope, w2.grad(), 1e-15);
  }

  @Test
  void sigmoidOfZeroIsOneHalf() {
    Value x = Value.of(0);
    Value y = x.sigmoid();
    y.backward();
    assertEquals(0.5, y.data(), 0);
    assertEquals(0.25, x.grad(), 0);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-2.5, -0.7, 0.3, 1.2, 3.0})
  void forwardValuesMatchMath(double x) {
    Value v = Value.of(x);
    Value w = Value.of(1.7);
    double p = Math.abs(x);
    assertAll(
        () -> assertEquals(x + 1.7, v.add(w).data(), 0),
        () -> assertEquals(x - 1.7, v.sub(w).data(), 1e-15),
        () -> assertEquals(x * 1.7, v.mul(w).data(), 0),
        () -> assertEquals(x / 1.7, v.div(w).data(), 1e-15),
        () -> assertEquals(x + 2, v.add(2).data(), 0),
        () -> assertEquals(x - 2, v.sub(2).data(), 0),
        () -> assertEquals(x * 2, v.mul(2).data(), 0),
        () -> assertEquals(x / 2, v.div(2).data(), 0),
        () -> assertEquals(-x, v.neg().data(), 0),
        () -> assertEquals(x * x * x, v.pow(3).data(), 1e-12),
        () -> assertEquals(Math.sqrt(p), Value.of(p).pow(0.5).data(), 1e-15),
        () -> assertEquals(Math.exp(x), v.exp().data(), 0),
        () -> assertEquals(Math.log(p), Value.of(p).log().data(), 0),
        () -> assertEquals(Math.tanh(x), v.tanh().data(), 0),
        () -> assertEquals(1 / (1 + Math.exp(-x)), v.sigmoid().data(), 1e-15),
        () -> assertEquals(Math.max(0, x), v.relu().data(), 0));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-2.5, -0.7, 0.3, 1.2, 3.0})
  void unaryGradientsMatchFiniteDifferences(double x) {
    assertAll(
        () -> assertGradients("exp", in -> in[0].exp(), x),
        () -> assertGradients("tanh", in -> in[0].tanh(), x),
        () -> assertGradients("sigmoid", in -> in[0].sigmoid(), x),
        () -> assertGradients("relu", in -> in[0].relu(), x),
        () -> assertGradients("neg", in -> in[0].neg(), x),
        () -> assertGradients("pow 2", in -> in[0].pow(2), x),
        () -> assertGradients("pow 3", in -> in[0].pow(3), x),
        () -> assertGradients("pow -1", in -> in[0].pow(-1), x),
        () -> assertGradients("log", in -> in[0].log(), Math.abs(x)),
        () -> assertGradients("pow 0.5", in -> in[0].pow(0.5), Math.abs(x)),
        () -> assertGradients("pow -1.5", in -> in[0].pow(-1.5), Math.abs(x)));
  }

  @ParameterizedTest
  @ValueSource(doubles = {-2.5, -0.7, 0.3, 1.2, 3.0})
  void binaryGradientsMatchFiniteDifferences(double x) {
    double y = 1.7 - x / 2;
    assertAll(
        () -> assertGradients("add", in -> in[0].add(in[1]), x, y),
        () -> assertGradients("sub", in -> in[0].sub(in[1]), x, y),
        () -> assertGradients("mul", in -> in[0].mul(in[1]), x, y),
        () -> assertGradients("div", in -> in[0].div(in[1]), x, y),
        () -> assertGradients("add double", in -> in[0].add(4.5), x),
        () -> assertGradients("sub double", in -> in[0].sub(4.5), x),
        () -> assertGradients("mul double", in -> in[0].mul(-1.5), x),
        () -> assertGradients("div double", in -> in[0].div(-1.5), x),
        () -> assertGradients("double div", in -> Value.of(10).div(in[0]), x));
  }

  @Test
  void microgradSanityCheck() {
    Expression f = in -> {
      Value x = in[0];
      Value z = x.mul(2).add(2).add(x);
      Value q = z.relu().add(z.mul(x));
      Value h = z.mul(z).relu();
      return h.add(q).add(q.mul(x));
    };
    Value x = Value.of(-4);
    Value y = f.apply(new Value[] {x});
    y.backward();
    assertEquals(-20, y.data(), 0);
    assertEquals(46, x.grad(), 0);
    assertGradients("sanity", f, -4);
  }

  @Test
  void microgradMoreOps() {
    Expression f = in -> {
      Value a = in[0];
      Value b = in[1];
      Value c = a.add(b);
      Value d = a.mul(b).add(b.pow(3));
      c = c.add(c.add(1));
      c = c.add(Value.of(1).add(c).add(a.neg()));
      d = d.add(d.mul(2).add(b.add(a).relu()));
      d = d.add(d.mul(3).add(b.sub(a).relu()));
      Value e = c.sub(d);
      Value g = e.pow(2).div(2.0);
      return g.add(Value.of(10.0).div(e.pow(2)));
    };
    Value a = Value.of(-4);
    Value b = Value.of(2);
    Value g = f.apply(new Value[] {a, b});
    g.backward();
    // The values PyTorch gives for micrograd's test_more_ops.
    assertEquals(24.70408163265306, g.data(), 1e-9);
    assertEquals(138.83381924198252, a.grad(), 1e-9);
    assertEquals(645.5772594752186, b.grad(), 1e-9);
    assertGradients("more ops", f, -4, 2);
    assertGradients("more ops", f, 1.5, -0.5);
  }

  @Test
  void aValueUsedTwiceCollectsBothShares() {
    Value x = Value.of(3);
    x.mul(x).backward();
    assertEquals(6, x.grad(), 0);
    Value u = Value.of(3);
    u.add(u).backward();
    assertEquals(2, u.grad(), 0);
    assertGradients("x*x", in -> in[0].mul(in[0]), -1.3);
    assertGradients("x*x + x", in -> in[0].mul(in[0]).add(in[0]).tanh(), 0.4);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1000, 1000})
  void sigmoidIsFiniteForLargeInputs(double x) {
    Value in = Value.of(x);
    Value out = in.sigmoid();
    out.backward();
    assertEquals(x > 0 ? 1 : 0, out.data(), 1e-300);
    assertTrue(Double.isFinite(in.grad()), () -> "grad " + in.grad());
    assertEquals(0, in.grad(), 1e-300);
  }

  @Test
  void logOutsideItsDomainFollowsMathLog() {
    Value zero = Value.of(0);
    Value logZero = zero.log();
    logZero.backward();
    assertEquals(Double.NEGATIVE_INFINITY, logZero.data());
    assertEquals(Double.POSITIVE_INFINITY, zero.grad());
    assertTrue(Double.isNaN(Value.of(-1).log().data()));
  }

  @Test
  void backwardTwiceDoublesLeavesButNotComputedValues() {
    Value x = Value.of(2);
    Value w = Value.of(5);
    Value y = x.mul(3);
    Value z = y.mul(w);
    z.backward();
    assertAll(
        () -> assertEquals(15, x.grad(), 0),
        () -> assertEquals(6, w.grad(), 0),
        () -> assertEquals(5, y.grad(), 0),
        () -> assertEquals(1, z.grad(), 0));
    z.backward();
    assertAll(
        () -> assertEquals(30, x.grad(), 0),
        () -> assertEquals(12, w.grad(), 0),
        () -> assertEquals(5, y.grad(), 0),
        () -> assertEquals(1, z.grad(), 0));
    z.zeroGrad();
    assertAll(
        () -> assertEquals(0, x.grad(), 0),
        () -> assertEquals(0, w.grad(), 0),
        () -> assertEquals(0, y.grad(), 0),
        () -> assertEquals(0, z.grad(), 0));
    z.backward();
    assertEquals(15, x.grad(), 0);
    assertEquals(6, w.grad(), 0);
  }

  @Test
  void backwardOfALeafAccumulatesToo() {
    Value x = Value.of(7);
    x.backward();
    x.backward();
    assertEquals(2, x.grad(), 0);
  }

  @Test
  void aChainOfOneHundredThousandAdditionsDoesNotOverflowTheStack() {
    Value x = Value.of(0.5);
    Value sum = Value.of(0);
    for (int i = 0; i < 100_000; i++) sum = sum.add(x);
    sum.backward();
    assertEquals(50_000, sum.data(), 0);
    assertEquals(100_000, x.grad(), 0);
    sum.zeroGrad();
    assertEquals(0, x.grad(), 0);
  }

  @Test
  void toStringShowsDataGradAndLabel() {
    Value v = Value.of(0.5);
    v.mul(0.25).backward();
    assertEquals("Value(data=0.5, grad=0.25)", v.toString());
    assertEquals("Value(data=3.0, grad=0.0, label=w1)", Value.of(3, "w1").toString());
  }

  @Test
  void graphCanBeWalkedForDrawing() {
    Value a = Value.of(2, "a");
    Value b = Value.of(-3, "b");
    Value c = a.mul(b);
    Value d = c.tanh();
    assertEquals("*", c.op());
    assertEquals(List.of(a, b), c.children());
    assertEquals("tanh", d.op());
    assertEquals(List.of(c), d.children());
    assertEquals("**2.0", a.pow(2).op());
    assertEquals("", a.op());
    assertEquals(List.of(), a.children());
    assertEquals("a", a.label());
  }
}
