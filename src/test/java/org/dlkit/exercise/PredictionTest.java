package org.dlkit.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A prediction cell read, compiled into Submission, scored by a suite and explained, as check and the grader do. */
class PredictionTest {
  private static final String SUITE = """
      import org.dlkit.exercise.*;
      import org.junit.jupiter.api.Test;

      @Exercise("lr-diverges")
      class LrDivergesTest {
        @Test @Points(1)
        void recorded() {
          prediction().assertRecorded();
        }

        @Test @Points(1)
        void agreesWithTheExperiment() {
          double w = 1;
          for (int i = 0; i < 10; i++) {
            w -= 1.5 * 2 * w;
          }
          prediction().assertOutcome(Math.abs(w) > 1 ? "diverges" : "converges",
              "each step multiplies w by 1 - 2 * 1.5 = -2, so after 10 steps w = " + w);
        }

        private static Prediction prediction() {
          return Prediction.of("lr-diverges", Submission.lrDivergesPrediction()).among("converges", "diverges");
        }
      }
      """;
  private static final String NUMBER_SUITE = """
      import org.dlkit.exercise.*;
      import org.junit.jupiter.api.Test;

      @Exercise("final-loss")
      class FinalLossTest {
        @Test @Points(1)
        void near() {
          Prediction.of("final-loss", Submission.finalLossPrediction()).assertNear(0.25, 0.1, "because 0.5² = 0.25");
        }
      }
      """;

  @TempDir Path grader;
  private Checker checker;

  @BeforeEach
  void writeSuite() throws IOException {
    Path lab = Files.createDirectories(grader.resolve("01-demo"));
    Files.writeString(lab.resolve("LrDivergesTest.java"), SUITE);
    Files.writeString(lab.resolve("FinalLossTest.java"), NUMBER_SUITE);
    checker = new Checker(Suite.in(lab), Duration.ofSeconds(5));
  }

  private ExerciseReport check(String id, String cell) {
    Prediction.forget(id);
    return checker.check(id, List.of(new ExerciseCell(ExerciseCell.markedId(cell).orElseThrow(), cell)), List.of(),
        Checker.ALL);
  }

  @Test
  void aRightChoiceEarnsBothPointsAndLeavesTheReasonForCheck() {
    ExerciseReport report = check("lr-diverges", "// Prediction: lr-diverges\n// What happens?\npredict(\"lr-diverges\", \"Diverges\");\n");
    assertEquals(2, report.score(), Feedback.of(report));
    assertEquals(Optional.of("You predicted diverges, and the experiment agrees: diverges. each step multiplies w by "
        + "1 - 2 * 1.5 = -2, so after 10 steps w = 1024.0"), Prediction.explanation("lr-diverges"));
  }

  @Test
  void aWrongChoiceEarnsTheRecordingPointAndIsToldTheOutcomeAndWhy() {
    ExerciseReport report = check("lr-diverges", "// Prediction: lr-diverges\npredict(\"lr-diverges\", \"converges\");");
    assertEquals(1, report.score(), Feedback.of(report));
    assertTrue(Feedback.of(report).contains("You predicted converges; the experiment gives diverges. each step"),
        Feedback.of(report));
  }

  @Test
  void anEmptyPredictionIsATodoThatRevealsNothing() {
    ExerciseReport report = check("lr-diverges", "// Prediction: lr-diverges\npredict(\"lr-diverges\", \"\");");
    assertEquals(0, report.score());
    for (TestResult result : report.results()) {
      assertTrue(result.message().startsWith("TODO lr-diverges: no prediction recorded yet"), result.message());
      assertFalse(result.message().contains("1024"), result.message());
    }
    assertEquals(Optional.empty(), Prediction.explanation("lr-diverges"));
  }

  @Test
  void anAnswerThatIsNoOptionIsRefusedWithTheOptions() {
    ExerciseReport report = check("lr-diverges", "// Prediction: lr-diverges\npredict(\"lr-diverges\", \"explodes\");");
    assertEquals(0, report.score());
    assertTrue(report.results().get(0).message().contains("\"explodes\" is not one of: converges, diverges"),
        Feedback.of(report));
  }

  @Test
  void aCellWithoutALiteralAnswerIsNamedWithTheRule() {
    ExerciseReport report = check("lr-diverges", "// Prediction: lr-diverges\nString a = \"diverges\";\n"
        + "predict(\"lr-diverges\", a);");
    assertEquals(0, report.score());
    assertTrue(report.results().get(0).message().contains("must call predict(\"lr-diverges\", <your answer>)"),
        Feedback.of(report));
  }

  @Test
  void aNumberIsScoredWithinItsTolerance() {
    assertEquals(1, check("final-loss", "// Prediction: final-loss\npredict(\"final-loss\", 0.3);").score());
    ExerciseReport far = check("final-loss", "// Prediction: final-loss\npredict(\"final-loss\", -1);");
    assertEquals(0, far.score());
    assertTrue(Feedback.of(far).contains("You predicted -1; the experiment gives 0.2500 (within 0.100 counts)"),
        Feedback.of(far));
    ExerciseReport word = check("final-loss", "// Prediction: final-loss\npredict(\"final-loss\", \"small\");");
    assertTrue(Feedback.of(word).contains("\"small\" is not a number"), Feedback.of(word));
  }

  @Test
  void hostileAnswerTextReachesTheTestsAsTextOnly() {
    String hostile = "x\\\"); } static { System.exit(1); } static String y() { return (\\\"\\u0022\\n";
    ExerciseReport report = check("lr-diverges", "// Prediction: lr-diverges\npredict(\"lr-diverges\", \"" + hostile
        + "\");");
    assertEquals(0, report.score(), Feedback.of(report));
    assertTrue(report.results().get(0).message().contains("is not one of"), Feedback.of(report));
  }

  @Test
  void readsTheAnswerLiteral() {
    assertEquals(Optional.of("1.5"), PredictionCell.answerIn("predict(\"a\", 1.5);", "a"));
    assertEquals(Optional.of("-2"), PredictionCell.answerIn("// x\nNotebook.predict(\"a\", -2);", "a"));
    assertEquals(Optional.of("true"), PredictionCell.answerIn("predict(\"a\", true);", "a"));
    assertEquals(Optional.of("adam"), PredictionCell.answerIn("predict( \"a\" , \"adam\" ) ;", "a"));
    assertEquals(Optional.empty(), PredictionCell.answerIn("predict(\"b\", 1);", "a"), "another prediction's call");
    assertEquals(Optional.empty(), PredictionCell.answerIn("predict(\"a\", 1); predict(\"a\", 2);", "a"));
    assertEquals(Optional.empty(), PredictionCell.answerIn("predict(\"a\", Math.PI);", "a"));
  }

  @Test
  void releaseEmptiesTheAnswerOnly() {
    assertEquals("// Prediction: a\n// Which wins?\npredict(\"a\", \"\");\ncheck(\"x\");",
        PredictionCell.emptied("// Prediction: a\n// Which wins?\npredict(\"a\", \"adam\");\ncheck(\"x\");"));
    assertEquals("predict(\"a\", 1);", PredictionCell.emptied("predict(\"a\", 1);"), "not a prediction cell");
  }

  @Test
  void methodNamesAreCamelCaseAsciiIdentifiers() {
    assertEquals("lrDivergesPrediction", PredictionCell.methodName("lr-diverges"));
    assertEquals("whichWinsPrediction", PredictionCell.methodName("which.wins"));
    assertEquals("p2dPrediction", PredictionCell.methodName("2d"));
    assertEquals("xPrediction", PredictionCell.methodName("x\n}"));
  }

  @Test
  void reflectionsAreReadAndEmptied() {
    Reflection answered = Reflection.in("<!-- Reflection: why-bias -->\nIt shifts the line.\n").orElseThrow();
    assertEquals(new Reflection("why-bias", "It shifts the line."), answered);
    assertTrue(answered.answered());
    assertFalse(Reflection.in("<!-- Reflection: why-bias -->\n" + Reflection.PLACEHOLDER).orElseThrow().answered());
    assertEquals(Optional.empty(), Reflection.in("## Reflection: why-bias\nno marker"));
    assertEquals("<!-- Reflection: why-bias -->\n" + Reflection.PLACEHOLDER,
        Reflection.emptied("<!-- Reflection: why-bias -->\nIt shifts the line.\n"));
    assertTrue(new Reflection("long", "a".repeat(5000)).answer().endsWith("(cut at 4000 characters)"));
  }
}
