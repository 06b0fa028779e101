package org.dlkit.optim;

import static org.dlkit.optim.Failures.messageOf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every optimizer shares: zeroGrad, the learning rate, the step count and the checks on its parameters. */
@Tag("lab3")
class OptimizerTest {
  private static final double TOLERANCE = 1e-12;

  /** One of each optimizer, without weight decay, with a learning rate that suits the bowl below. */
  static Stream<Arguments> optimizers() {
    return Stream.of(
        named("Sgd", params -> Sgd.of(params, 0.04)),
        named("Sgd with momentum", params -> Sgd.builder(params).learningRate(0.02).momentum(0.9).build()),
        named("Sgd with Nesterov",
            params -> Sgd.builder(params).learningRate(0.02).momentum(0.9).nesterov(true).build()),
        named("Adagrad", params -> Adagrad.of(params, 1.0)),
        named("Rmsprop", params -> Rmsprop.of(params, 0.01)),
        named("Adam", params -> Adam.of(params, 0.05)),
        named("AdamW", params -> AdamW.builder(params).learningRate(0.05).weightDecay(0).build()));
  }

  private static Arguments named(String name, Function<List<Tensor>, Optimizer> make) {
    return Arguments.of(name, make);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optimizers")
  void everyOptimizerReachesTheBottomOfABowl(String name, Function<List<Tensor>, Optimizer> make) {
    // f(w) = (w1 − 3)² + 10 (w2 + 1)², steeper along w2, lowest at (3, −1)
    Tensor w = Tensor.param(0, 0);
    Tensor bottom = Tensor.of(3, -1);
    Tensor steepness = Tensor.of(1, 10);
    Optimizer optimizer = make.apply(List.of(w));
    double start = bowl(w, bottom, steepness).item();
    for (int t = 0; t < 1000; t++) {
      optimizer.zeroGrad();
      bowl(w, bottom, steepness).backward();
      optimizer.step();
    }
    double end = bowl(w, bottom, steepness).item();
    assertTrue(end < 1e-4 * start, name + " left the loss at " + end + " (it started at " + start + "), w = " + w);
    assertArrayEquals(new double[] {3, -1}, w.data().toArray(), 1e-2, name);
  }

  private static Tensor bowl(Tensor w, Tensor bottom, Tensor steepness) {
    return w.sub(bottom).pow(2).mul(steepness).sum();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("optimizers")
  void aParameterWithoutGradientStaysWhereItIs(String name, Function<List<Tensor>, Optimizer> make) {
    Tensor used = Tensor.param(1.0);
    Tensor unused = Tensor.param(5, -5);
    Optimizer optimizer = make.apply(List.of(used, unused));
    // unused takes no part in the loss, so its gradient is zero: no velocity builds up, and 0/(√0 + ε) = 0
    double[] moved = Quadratic.steps(optimizer, used, 3);
    assertTrue(moved[2] < 1, name + " did not move the used parameter");
    assertEquals(NdArray.zeros(2), unused.grad());
    assertEquals(NdArray.of(5, -5), unused.data(), name);
  }

  @Test
  void zeroGradClearsEveryGradient() {
    Tensor a = Tensor.param(1, 2);
    Tensor b = Tensor.param(3.0);
    Optimizer sgd = Sgd.of(List.of(a, b), 0.1);
    a.mul(b).sum().backward();
    assertEquals(NdArray.of(3, 3), a.grad());
    assertEquals(NdArray.of(3.0), b.grad());
    sgd.zeroGrad();
    assertEquals(NdArray.zeros(2), a.grad());
    assertEquals(NdArray.zeros(1), b.grad());
  }

  @Test
  void stepsReadTheGradientAndLeaveIt() {
    Tensor theta = Tensor.param(1.0);
    Sgd sgd = Sgd.builder(List.of(theta)).learningRate(0.1).momentum(0.9).weightDecay(0.5).build();
    theta.pow(2).sum().mul(0.5).backward();
    sgd.step();
    assertEquals(NdArray.of(1.0), theta.grad(), "the weight-decayed gradient goes to a buffer, not into grad");
    assertEquals(1, sgd.stepCount());
  }

  @Test
  void aScheduleSetsTheLearningRateEachEpoch() {
    Tensor theta = Tensor.param(1.0);
    Sgd sgd = Sgd.of(List.of(theta), 0.1);
    LearningRateSchedule schedule = Schedules.step(0.1, 2, 0.5);
    double[] rates = new double[4];
    double[] thetas = new double[4];
    for (int epoch = 0; epoch < 4; epoch++) {
      sgd.setLearningRate(schedule.rate(epoch));
      rates[epoch] = sgd.learningRate();
      thetas[epoch] = Quadratic.steps(sgd, theta, 1)[0];
    }
    // η = 0.1, 0.1, 0.05, 0.05;  θ ← (1 − η) θ:  0.9,  0.81,  0.81·0.95 = 0.7695,  0.7695·0.95 = 0.731025
    assertArrayEquals(new double[] {0.1, 0.1, 0.05, 0.05}, rates, TOLERANCE);
    assertArrayEquals(new double[] {0.9, 0.81, 0.7695, 0.731025}, thetas, TOLERANCE);
    assertEquals(4, sgd.stepCount());
  }

  @Test
  void aLearningRateOfZeroFreezesTheParameters() {
    Tensor theta = Tensor.param(1.0);
    Adam adam = Adam.of(List.of(theta), 0.1);
    adam.setLearningRate(0);
    Quadratic.steps(adam, theta, 2);
    assertEquals(1.0, theta.item());
    assertEquals("Adam: learningRate must be >= 0 and finite, but was -0.1",
        messageOf(() -> adam.setLearningRate(-0.1)));
    assertEquals("Adam: learningRate must be >= 0 and finite, but was NaN",
        messageOf(() -> adam.setLearningRate(Double.NaN)));
    assertEquals(0.0, adam.learningRate());
  }

  @Test
  void parametersMustBeLeavesMadeWithParam() {
    Tensor w = Tensor.param(1.0);
    assertEquals("Sgd: parameters must not be empty (pass model.parameters())",
        messageOf(() -> Sgd.of(List.of(), 0.1)));
    assertEquals("Adam: parameters[1] must be a leaf made with Tensor.param(...), but was a constant",
        messageOf(() -> Adam.of(List.of(w, Tensor.of(1.0)), 0.1)));
    assertEquals("Rmsprop: parameters[0] must be a leaf made with Tensor.param(...),"
        + " but was the result of an operation",
        messageOf(() -> Rmsprop.of(List.of(w.mul(2)), 0.1)));
    assertEquals("Adagrad: parameters[1] must be a leaf made with Tensor.param(...), but was null",
        messageOf(() -> Adagrad.of(Arrays.asList(w, null), 0.1)));
    assertEquals("AdamW: parameters[0] must hold a contiguous array to be updated in place, but holds a strided view;"
        + " make it with Tensor.param(array.copy())",
        messageOf(() -> AdamW.of(List.of(Tensor.param(NdArray.zeros(2, 3).transpose())), 0.1)));
  }

  @Test
  void aSharedParameterIsUpdatedOnce() {
    Tensor w = Tensor.param(1.0);
    Sgd sgd = Sgd.of(List.of(w, w), 0.1);
    assertEquals(List.of(w), sgd.parameters());
    assertArrayEquals(new double[] {0.9}, Quadratic.steps(sgd, w, 1), TOLERANCE);
  }

  @Test
  void aSubclassWritesItsOwnRule() {
    // sign descent, θ ← θ − η sign(g), as a student might write it in the lab
    Tensor theta = Tensor.param(1, -2);
    int[] firstStepSeen = new int[1];
    Optimizer signDescent = new Optimizer(List.of(theta), 0.25) {
      @Override
      protected void update(int index, NdArray theta, NdArray gradient) {
        firstStepSeen[0] = firstStepSeen[0] == 0 ? stepCount() : firstStepSeen[0];
        InPlace.axpy(-learningRate(), gradient.map(Math::signum), theta);
      }
    };
    Quadratic.steps(signDescent, theta, 2);
    assertArrayEquals(new double[] {0.5, -1.5}, theta.data().toArray(), TOLERANCE);
    assertEquals(1, firstStepSeen[0], "stepCount() is 1 during the first update");
  }
}
