package org.dlkit.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.Module;
import org.junit.jupiter.api.Test;

/** How decisionBoundary runs a model, reads its outputs, and explains bad input. */
class DecisionBoundaryPlotTest {
  private final Dataset moons = Fixtures.moons(40, 7);

  @Test
  void runsTheModelInEvalModeWithoutAGraphAndRestoresTrainingMode() {
    Fixtures.FixedNeuron model = new Fixtures.FixedNeuron(1, -1, 0, false);
    assertTrue(model.isTraining());
    Plots.decisionBoundary(model, moons);
    assertFalse(model.lastTraining, "the model should run in eval mode");
    assertFalse(model.lastRecordedGraph, "the model should run inside Tensor.noGrad()");
    assertTrue(model.isTraining(), "training mode should be restored");
  }

  @Test
  void leavesAModelInEvalModeInEvalMode() {
    Fixtures.FixedNeuron model = new Fixtures.FixedNeuron(1, -1, 0, false);
    model.eval();
    Plots.decisionBoundary(model, moons);
    assertFalse(model.isTraining());
  }

  @Test
  void restoresTrainingModeWhenTheModelThrows() {
    Module broken = new Module() {
      @Override
      public Tensor forward(Tensor input) {
        throw new IllegalStateException("boom");
      }
    };
    assertThrows(IllegalStateException.class, () -> Plots.decisionBoundary(broken, moons));
    assertTrue(broken.isTraining());
  }

  @Test
  void readsOneColumnInZeroOneAsProbabilities() {
    ClassMap map = ClassMap.of(NdArray.of(new double[] {0.1, 0.5, 0.9, 1.0}, 4, 1), 4, 2, "t");
    assertArrayEquals(new int[] {0, 1, 1, 1}, map.classes());
    assertEquals(0.8, map.confidence()[0], 1e-12);
    assertEquals(0.0, map.confidence()[1], 1e-12);
  }

  @Test
  void readsOneColumnOutsideZeroOneAsLogits() {
    ClassMap map = ClassMap.of(NdArray.of(-2, 0.3, 3), 3, 2, "t");
    assertArrayEquals(new int[] {0, 1, 1}, map.classes());
    assertEquals(2 * NdArray.sigmoid(3) - 1, map.confidence()[2], 1e-12);
  }

  @Test
  void logitsAndSigmoidOfThemGiveTheSameMap() {
    Fixtures.FixedNeuron logits = new Fixtures.FixedNeuron(2, -3, 0.5, true);
    Fixtures.FixedNeuron probabilities = new Fixtures.FixedNeuron(2, -3, 0.5, false);
    byte[] a = Figures.toPngBytes(Plots.decisionBoundary(logits, moons));
    byte[] b = Figures.toPngBytes(Plots.decisionBoundary(probabilities, moons));
    assertArrayEquals(a, b);
  }

  @Test
  void colorsManyClassesByArgmax() {
    NdArray logits = NdArray.of(new double[][] {{5, 1, 1}, {0, 0, 9}, {1, 1, 1}});
    ClassMap map = ClassMap.of(logits, 3, 3, "t");
    assertArrayEquals(new int[] {0, 2, 0}, map.classes());
    assertEquals(0.0, map.confidence()[2], 1e-12);
    NdArray probabilities = NdArray.of(new double[][] {{0.2, 0.7, 0.1}});
    assertEquals(1, ClassMap.of(probabilities, 1, 3, "t").classes()[0]);
    assertEquals((0.7 - 1 / 3.0) / (2 / 3.0), ClassMap.of(probabilities, 1, 3, "t").confidence()[0], 1e-12);
  }

  @Test
  void explainsADatasetWithThreeFeatures() {
    Dataset three = Dataset.classification("wide", NdArray.of(new double[][] {{1, 2, 3}, {4, 5, 6}}), new int[] {0, 1},
        List.of("a", "b", "c"), List.of("no", "yes"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Plots.decisionBoundary(new Fixtures.FixedNeuron(1, 1, 0, false), three));
    assertTrue(e.getMessage().contains("needs a dataset with 2 features"), e.getMessage());
    assertTrue(e.getMessage().contains("\"wide\" has 3"), e.getMessage());
    assertTrue(e.getMessage().contains("Pick two columns"), e.getMessage());
  }

  @Test
  void explainsARegressionSet() {
    Dataset regression = Dataset.regression("line", NdArray.of(new double[][] {{1, 2}, {3, 4}}), NdArray.of(1, 2),
        List.of("a", "b"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Plots.decisionBoundary(p -> p, regression));
    assertTrue(e.getMessage().contains("regression set"), e.getMessage());
  }

  @Test
  void explainsOutputsThatDoNotMatchTheClasses() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Plots.decisionBoundary(p -> NdArray.zeros(p.shape(0), 3), moons));
    assertTrue(e.getMessage().contains("gives 3 outputs per example but \"moons\" has 2 classes"), e.getMessage());
    IllegalArgumentException rows = assertThrows(IllegalArgumentException.class,
        () -> Plots.decisionBoundary(p -> NdArray.zeros(5, 1), moons));
    assertTrue(rows.getMessage().contains("must return [6400, 1] or [6400, k] outputs, got [5, 1]"), rows.getMessage());
  }

  @Test
  void binaryOutputForThreeClassesIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Plots.decisionBoundary(p -> NdArray.zeros(p.shape(0), 1), Fixtures.blobs(30, 1)));
    assertTrue(e.getMessage().contains("gives 1 output per example but \"blobs\" has 3 classes"), e.getMessage());
  }
}
