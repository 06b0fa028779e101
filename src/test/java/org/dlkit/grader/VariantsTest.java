package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rewrites that make variants of a corpus mistake keep what the code does and the names tests use. */
class VariantsTest {
  private static final String CELL = """
      // Exercise: demo
      record Pair(double left, double right) {}

      class Counter {
          private int count;
          int next(int step) {
              count += step;
              return count;
          }
      }

      double total(double[] x, double b) {
          double z = b;
          double scale = 2;
          for (int i = 0; i < x.length; i++) {
              z += scale * x[i];
          }
          return z;
      }
      """;

  @Test
  void renamesLocalsAndParametersButNotFieldsComponentsOrMethods() {
    String renamed = Variants.renamed(CELL);
    assertTrue(renamed.contains("record Pair(double left, double right)"), renamed);
    assertTrue(renamed.contains("private int count;") && renamed.contains("count +="), renamed);
    assertTrue(renamed.contains("int next(int renamed"), renamed);
    assertTrue(renamed.contains("double total(double[] renamed"), renamed);
    assertFalse(renamed.matches("(?s).*\\bdouble z\\b.*") || renamed.contains("int i ="), renamed);
    assertTrue(renamed.contains(".length"), "members reached with a dot keep their names: " + renamed);
  }

  @Test
  void writesACountingForLoopAsAWhileLoopAndSwapsIndependentDeclarations() {
    Map<String, String> variants = Variants.of(CELL);
    assertEquals(java.util.List.of("renamed", "while-loop", "reordered"), java.util.List.copyOf(variants.keySet()));
    String loop = variants.get("while-loop");
    assertTrue(loop.contains("{ int i = 0; while (i < x.length) {") && loop.contains("i++;"), loop);
    assertFalse(loop.contains("for ("), loop);
    String reordered = variants.get("reordered");
    assertTrue(reordered.indexOf("double scale = 2;") < reordered.indexOf("double z = b;"), reordered);
  }

  @Test
  void leavesDependentDeclarationsAndLoopsWithContinueAlone() {
    String dependent = "// Exercise: d\ndouble f(double a) {\n    double b = a;\n    double c = b + 1;\n    return c;\n}\n";
    assertEquals(dependent, Variants.reordered(dependent));
    String withContinue = "// Exercise: d\nint f(int n) {\n    int s = 0;\n    for (int i = 0; i < n; i++) {\n"
        + "        if (i == 2) {\n            continue;\n        }\n        s += i;\n    }\n    return s;\n}\n";
    assertEquals(withContinue, Variants.whileLoop(withContinue));
  }
}
