package org.dlkit.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the bytecode policy through {@link Checker#check}, as a notebook's {@code check} and the
 * grader use it: each kind of runner state (system properties, context class loaders, other
 * threads, static state that is not the student's) and each indirect way to name a refused class
 * fails its own exercise with a line naming the call and the cell, and honest modern Java passes.
 */
class BytecodePolicyTest {
  private static final Suite SUITE = Suite.in(Path.of("src/test/resources/org/dlkit/grader/corpus/suite/00-corpus"));
  private static final String NEURON = """
      // Exercise: neuron
      double forward(double w, double x) {
          return Math.tanh(w * x);
      }

      double backward(double w, double x) {
          double y = Math.tanh(w * x);
          return (1 - y * y) * x;
      }
      """;

  private static ExerciseReport twice(String body) {
    return Checker.of(SUITE).check("twice", List.of(new ExerciseCell("neuron", NEURON),
        new ExerciseCell("twice", "// Exercise: twice\nint twice(int x) {\n" + body + "\n}\n")), List.of(), Checker.ALL);
  }

  private static void refused(String body, String expected) {
    ExerciseReport report = twice(body);
    assertEquals(0, report.score(), "a refused exercise earns nothing");
    String message = report.results().get(0).message();
    assertTrue(message.contains(expected), message);
    assertTrue(message.contains("which graded code may not use"), message);
  }

  @Test
  void systemPropertiesAreTheRunnersState() {
    refused("    System.setProperty(\"user.dir\", \"/\");\n    return x + x;",
        "exercise twice, cell line 3: calls java.lang.System.setProperty, which graded code may not use");
  }

  @Test
  void contextClassLoadersAreTheRunnersState() {
    refused("    Thread.currentThread().setContextClassLoader(null);\n    return x + x;",
        "calls java.lang.Thread.setContextClassLoader");
  }

  @Test
  void otherThreadsAreRefused() {
    refused("    new Thread(() -> { }).start();\n    return x + x;", "calls new java.lang.Thread");
    refused("    return List.of(x, x).parallelStream().mapToInt(i -> i).sum();", "parallel streams");
  }

  @Test
  void staticStateThatIsNotTheStudentsIsRefused() {
    refused("    TwiceTest.INPUTS[0] = 0;\n    return 0;", "reads TwiceTest.INPUTS");
    refused("    Locale.setDefault(Locale.GERMANY);\n    return x + x;", "calls java.util.Locale.setDefault");
  }

  @Test
  void indirectUsesAreCaughtToo() {
    refused("    java.util.function.Supplier<Runtime> r = Runtime::getRuntime;\n    return x + x;",
        "calls java.lang.Runtime.getRuntime");
    refused("    Object type = TwiceTest.class;\n    return x + x;", "uses TwiceTest");
    refused("    var lookup = java.lang.invoke.MethodHandles.lookup();\n    return x + x;",
        "calls java.lang.invoke.MethodHandles.lookup");
    refused("    Object o = new Object() { protected void finalize() { } };\n    return x + x;", "declares finalize");
  }

  @Test
  void aRefusedCellCostsOnlyItsOwnExercise() {
    ExerciseReport neuron = Checker.of(SUITE).check("neuron", List.of(new ExerciseCell("neuron", NEURON),
        new ExerciseCell("twice", "// Exercise: twice\nint twice(int x) {\n    System.exit(0);\n    return x;\n}\n")),
        List.of(), Checker.ALL);
    assertTrue(neuron.passed(), Feedback.of(neuron));
  }

  @Test
  void honestModernJavaPasses() {
    ExerciseReport report = twice("""
            record Pair(int a, int b) {}
            var pair = new Pair(x, x);
            java.util.function.Function<Pair, Integer> add = p -> p.a() + p.b();
            int viaStream = java.util.stream.IntStream.of(x, x).map(Math::abs).map(i -> i * Integer.signum(x)).sum();
            String text = "twice " + x + " = " + add.apply(pair) + " " + pair;
            StringBuilder line = new StringBuilder(text).append(Map.of("k", 1));
            System.out.println(line);
            System.err.printf("%s%n", new java.math.BigDecimal("1.5").setScale(0, java.math.RoundingMode.HALF_UP));
            Object seen = pair;
            java.time.DayOfWeek day = java.time.DayOfWeek.of(1 + Math.floorMod(x, 7));
            int viaSwitch = switch (day) {
                case MONDAY, TUESDAY -> seen instanceof Pair p ? p.a() + p.b() : -1;
                default -> 2 * x;
            };
            assert viaStream == viaSwitch;
            return add.apply(pair) + 0 * (viaStream - viaSwitch);""");
    assertTrue(report.passed(), Feedback.of(report));
  }
}
