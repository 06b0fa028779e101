package org.dlkit.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Exercise cells are pasted into the class {@code Submission}; a cell that closes that class can
 * declare top-level types that replace {@code java.lang} ones inside the tests. Every cell is parsed
 * on its own first and refused, with the exercise and line named, unless it holds only declarations.
 */
class CellDeclarationsTest {
  private static final Path SUITE = Path.of("src/test/resources/org/dlkit/grader/corpus/suite/00-corpus");
  private static final String UNTOUCHED_TWICE = """
      // Exercise: twice
      int twice(int x) {
          throw new UnsupportedOperationException("TODO twice: add x to itself");
      }
      """;
  /** Returns 0 from forward and backward, and a Math whose tanh is 0 too, so that the tests agree. */
  private static final String MATH_ESCAPE = """
      // Exercise: neuron
      double forward(double w, double x) { return 0; }
      double backward(double w, double x) { return 0; }
      }
      class Math {
          static double tanh(double x) { return 0; }
          static double exp(double x) { return 1; }
      }
      class Padding {
      """;

  private final Checker checker = new Checker(Suite.in(SUITE), Duration.ofSeconds(5));

  @Test
  void aCellThatDeclaresMathOutsideSubmissionEarnsNothing() {
    ExerciseReport neuron = checker.check("neuron", List.of(new ExerciseCell("neuron", MATH_ESCAPE),
        new ExerciseCell("twice", UNTOUCHED_TWICE)), List.of(), Checker.ALL);
    ExerciseReport twice = checker.check("twice", List.of(new ExerciseCell("neuron", MATH_ESCAPE),
        new ExerciseCell("twice", UNTOUCHED_TWICE)), List.of(), Checker.ALL);
    assertEquals(0, neuron.score() + twice.score(), neuron + "\n" + twice);
    assertEquals(4, neuron.results().size());
    for (TestResult result : neuron.results()) {
      assertEquals("exercise neuron does not compile: exercise neuron, cell line 5: this cell closes the class that "
          + "holds the exercises and declares class Math outside it; an exercise cell may hold only declarations of "
          + "methods, fields, records, classes, interfaces and enums", result.message());
    }
  }

  @Test
  void anHonestCellBesideAnEscapeKeepsItsMarks() {
    String twice = """
        // Exercise: twice
        import java.util.function.*;
        int twice(int x) {
            IntUnaryOperator add = y -> y + y;
            return add.applyAsInt(x);
        }
        """;
    List<ExerciseCell> cells = List.of(new ExerciseCell("neuron", MATH_ESCAPE), new ExerciseCell("twice", twice));
    assertEquals(2, checker.check("twice", cells, List.of("import java.util.function.*;"), Checker.ALL).score());
    assertEquals(0, checker.check("neuron", cells, List.of(), Checker.ALL).score());
  }

  @Test
  void everyWayOutOfTheClassIsRefused() {
    List<String> escapes = List.of(
        "int twice(int x) { return x + x; }\n\\u007d class Math { } class P \\u007b\n",
        "int twice(int x) { return x + x; }\n} class String { } class P {\n",
        "int twice(int x) { return x + x; }\n}\nenum Math { ONE }\ninterface P {\n",
        "int twice(int x) { return x + x; }\n/*",
        "*/ } class Math { } class P { /*",
        "int twice(int x) { return x + x; }\n}\n");
    for (String escape : escapes) {
      Optional<String> problem = CellDeclarations.problem(new ExerciseCell("twice", escape));
      assertTrue(problem.isPresent(), "accepted: " + escape);
      assertTrue(problem.get().startsWith("exercise twice does not compile: exercise twice, cell line "), problem.get());
    }
  }

  @Test
  void onlyMemberDeclarationsPass() {
    String members = """
        // Exercise: twice
        import java.util.*;
        static final int TWO = 2;
        int twice(int x) { return TWO * x; }
        record Pair(int a, int b) { }
        class Box { int value; }
        interface Shape { double area(); }
        enum Sign { MINUS, PLUS }
        @interface Marked { }
        ;
        """;
    assertEquals(Optional.empty(), CellDeclarations.problem(new ExerciseCell("twice", members)));
    assertEquals(Optional.of("exercise twice does not compile: exercise twice, cell line 2: an initializer block "
        + "({ ... } or static { ... }) cannot stand in an exercise cell; an exercise cell may hold only declarations "
        + "of methods, fields, records, classes, interfaces and enums"),
        CellDeclarations.problem(new ExerciseCell("twice", "int twice(int x) { return x + x; }\nstatic { }\n")));
    assertEquals(Optional.of("exercise twice does not compile: exercise twice, cell line 1: a constructor cannot "
        + "stand in an exercise cell; an exercise cell may hold only declarations of methods, fields, records, "
        + "classes, interfaces and enums"), CellDeclarations.problem(new ExerciseCell("twice", "Submission() { }\n")));
  }
}
