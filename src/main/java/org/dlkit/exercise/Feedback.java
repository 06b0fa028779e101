package org.dlkit.exercise;

import java.util.Locale;

/** Writes an exercise's results as text a student reads: one line per test, with why it failed. */
public final class Feedback {
  private Feedback() {}

  /**
   * Returns the feedback for one exercise, for example
   * <pre>
   * perceptron: 1 of 3 points
   *   ✓ lecture neuron (1)
   *   ✗ applies the nonlinearity (2): TODO perceptron: apply g to z
   * </pre>
   */
  public static String of(ExerciseReport report) {
    StringBuilder text = new StringBuilder();
    text.append(report.exercise()).append(": ").append(points(report.score())).append(" of ")
        .append(points(report.maxScore())).append(report.maxScore() == 1 ? " point" : " points");
    var reasons = report.results().stream().map(TestResult::message).distinct().toList();
    if (report.results().size() > 1 && report.score() == 0 && reasons.size() == 1) {
      return text.append("\n  ✗ all ").append(report.results().size()).append(" tests: ")
          .append(reasons.get(0).replace("\n", "\n      ")).toString();
    }
    for (TestResult result : report.results()) {
      text.append("\n  ").append(result.passed() ? "✓ " : "✗ ").append(result.name())
          .append(" (").append(points(result.maxScore())).append(')');
      if (!result.passed()) {
        text.append(": ").append(result.message().replace("\n", "\n      "));
      }
    }
    return text.toString();
  }

  /** Returns points without a needless ".0": 2, 0.5. */
  public static String points(double points) {
    return points == Math.rint(points) ? Long.toString((long) points) : String.format(Locale.ROOT, "%.2f", points);
  }
}
