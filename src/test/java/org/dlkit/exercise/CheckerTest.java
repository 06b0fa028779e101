package org.dlkit.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckerTest {
  private static final String PERCEPTRON_TESTS = """
      import static org.junit.jupiter.api.Assertions.assertEquals;
      import org.dlkit.exercise.*;
      import org.junit.jupiter.api.Test;

      @Exercise("perceptron")
      class PerceptronTest {
        @Test @Points(1)
        void lectureNeuron() {
          assertEquals(-6.0, Submission.perceptron(new double[] {-1, 2}, new double[] {3, -2}, 1, z -> z), 1e-12,
              "z for the lecture's neuron");
        }

        @Test @Points(2) @Visibility(Visibility.HIDDEN)
        void appliesTheNonlinearity() {
          assertEquals(0.0024726, Submission.perceptron(new double[] {-1, 2}, new double[] {3, -2}, 1,
              z -> 1 / (1 + Math.exp(-z))), 1e-6, "sigma(z) for the lecture's neuron");
        }
      }
      """;
  private static final String LAYER_TESTS = """
      import static org.junit.jupiter.api.Assertions.assertArrayEquals;
      import org.dlkit.exercise.*;
      import org.junit.jupiter.api.Test;

      @Exercise("layer")
      class LayerTest {
        @Test
        void forward() {
          assertArrayEquals(new double[] {3}, new Submission.Layer(new double[] {1, 2}).forward(new double[] {1, 1}), 1e-12);
        }
      }
      """;
  private static final String PERCEPTRON = """
      // Exercise: perceptron
      double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
          double z = b;
          for (int i = 0; i < x.length; i++) {
              z += w[i] * x[i];
          }
          return g.applyAsDouble(z);
      }
      """;
  private static final String LAYER = """
      // Exercise: layer
      record Layer(double[] w) {
          double[] forward(double[] x) {
              return new double[] {perceptron(x, w, 0, z -> z)};
          }
      }
      """;

  @TempDir Path grader;
  private Checker checker;

  @BeforeEach
  void writeSuite() throws IOException {
    Path lab = Files.createDirectories(grader.resolve("01-demo"));
    Files.writeString(lab.resolve("PerceptronTest.java"), PERCEPTRON_TESTS);
    Files.writeString(lab.resolve("LayerTest.java"), LAYER_TESTS);
    checker = new Checker(Suite.in(lab), Duration.ofSeconds(2));
  }

  private ExerciseReport check(String id, List<String> cells) {
    return checker.check(id, cells.stream().map(c -> new ExerciseCell(ExerciseCell.markedId(c).orElseThrow(), c))
        .toList(), List.of(), Checker.ALL);
  }

  @Test
  void aCorrectSolutionEarnsEveryPoint() {
    ExerciseReport report = check("perceptron", List.of(PERCEPTRON));
    assertEquals(3, report.score(), Feedback.of(report));
    assertEquals(3, report.maxScore());
    assertTrue(report.passed());
  }

  @Test
  void checkRunsOnlyTheVisibleTests() {
    ExerciseReport report = checker.check("perceptron", List.of(new ExerciseCell("perceptron", PERCEPTRON)),
        List.of(), Checker.VISIBLE_ONLY);
    assertEquals(List.of("lecture neuron"), report.results().stream().map(TestResult::name).toList());
  }

  @Test
  void checkNeitherCompilesNorRevealsTheHiddenTests() throws IOException {
    Path lab = grader.resolve("01-demo");
    Files.writeString(lab.resolve("PerceptronTest.java"), PERCEPTRON_TESTS.replace(
        "z -> 1 / (1 + Math.exp(-z))), 1e-6", "Submission.sigmoidNotYetWritten), 1e-6"));
    Checker fresh = new Checker(Suite.in(lab), Duration.ofSeconds(2));
    List<ExerciseCell> cells = List.of(new ExerciseCell("perceptron", PERCEPTRON));
    assertTrue(fresh.check("perceptron", cells, List.of(), Checker.VISIBLE_ONLY).passed());
    ExerciseReport all = fresh.check("perceptron", cells, List.of(), Checker.ALL);
    assertEquals(1, all.score(), "the visible test compiles on its own and passes: " + Feedback.of(all));
    assertTrue(Feedback.of(all).contains("✗ applies the nonlinearity (2): the tests cannot call your code as written"),
        Feedback.of(all));
  }

  @Test
  void recordsAndClassesBecomeStaticMembersTheTestsCanBuild() {
    ExerciseReport report = check("layer", List.of(PERCEPTRON, LAYER));
    assertTrue(report.passed(), Feedback.of(report));
  }

  @Test
  void anUnfinishedExerciseFailsWithItsTodo() {
    String stub = """
        // Exercise: perceptron
        double perceptron(double[] x, double[] w, double b, DoubleUnaryOperator g) {
            throw new UnsupportedOperationException("TODO perceptron: start from z = b");
        }
        """;
    ExerciseReport report = check("perceptron", List.of(stub));
    assertEquals(0, report.score());
    assertTrue(report.results().stream().allMatch(r -> r.message().equals("TODO perceptron: start from z = b")),
        Feedback.of(report));
  }

  @Test
  void partlyRightWorkEarnsPartialCredit() {
    String noNonlinearity = PERCEPTRON.replace("return g.applyAsDouble(z);", "return z;");
    ExerciseReport report = check("perceptron", List.of(noNonlinearity));
    assertEquals(1, report.score(), Feedback.of(report));
    assertTrue(Feedback.of(report).contains("✗ applies the nonlinearity (2): sigma(z) for the lecture's neuron"),
        Feedback.of(report));
  }

  @Test
  void aCompileErrorNamesTheExerciseAndItsCellLine() {
    String broken = PERCEPTRON.replace("double z = b;", "double z = b");
    ExerciseReport report = check("perceptron", List.of(broken));
    assertEquals(0, report.score());
    assertTrue(report.results().get(0).message().startsWith("exercise perceptron does not compile: "
        + "exercise perceptron, cell line 3: ';' expected"), report.results().get(0).message());
  }

  @Test
  void aBrokenOtherExerciseDoesNotCostThisOne() {
    String brokenLayer = LAYER.replace("return", "retur");
    assertTrue(check("perceptron", List.of(PERCEPTRON, brokenLayer)).passed());
    assertFalse(check("layer", List.of(PERCEPTRON, brokenLayer)).passed());
  }

  @Test
  void aWrongSignatureSaysTheTestsCannotCallIt() {
    String wrong = PERCEPTRON.replace("double b,", "String b,").replace("double z = b;", "double z = b.length();");
    ExerciseReport report = check("perceptron", List.of(wrong));
    assertEquals(0, report.score());
    assertTrue(report.results().get(0).message().startsWith("the tests cannot call your code as written"),
        report.results().get(0).message());
  }

  @Test
  void aMissingExerciseSaysWhichCellToRun() {
    ExerciseReport report = check("layer", List.of(PERCEPTRON));
    assertTrue(report.results().get(0).message().contains("no cell starts with // Exercise: layer"),
        report.results().get(0).message());
  }

  @Test
  void anExceptionIsLocatedInTheStudentsCell() {
    String throwing = PERCEPTRON.replace("return g.applyAsDouble(z);", "double[] none = new double[0]; return none[1];");
    ExerciseReport report = check("perceptron", List.of(throwing));
    assertTrue(report.results().get(0).message().startsWith("java.lang.ArrayIndexOutOfBoundsException"),
        report.results().get(0).message());
    assertTrue(report.results().get(0).message().contains("(thrown in perceptron, exercise perceptron, cell line 7)"),
        report.results().get(0).message());
  }

  @Test
  void aLoopThatNeverEndsTimesOut() {
    // Sleeps rather than spins: a timed-out test's thread cannot be stopped, and a spinning one would slow the build.
    String forever = PERCEPTRON.replace("double z = b;",
        "double z = b; try { Thread.sleep(3_000L); } catch (InterruptedException e) { }");
    ExerciseReport report = check("perceptron", List.of(forever));
    assertEquals(0, report.score());
    assertTrue(report.results().get(0).message().startsWith("took too long"), report.results().get(0).message());
  }

  @Test
  void importsTheGraderCannotResolveAreLeftOut() {
    ExerciseReport report = checker.check("perceptron", List.of(new ExerciseCell("perceptron", PERCEPTRON)),
        List.of("import org.deeplearning4j.not.shipped.*;", "import static java.lang.Math.max;"), Checker.ALL);
    assertTrue(report.passed(), Feedback.of(report));
  }

  @Test
  void testNamesReadAsWords() {
    assertEquals("is a gradient step", TestOutline.readable("isAGradientStep"));
    assertEquals("lecture neuron at x12", TestOutline.readable("lectureNeuronAtX12"));
  }

  @Test
  void theLatestVersionOfACellWins() {
    String old = PERCEPTRON.replace("return g.applyAsDouble(z);", "return 0;");
    assertTrue(check("perceptron", List.of(old, PERCEPTRON)).passed());
  }
}
