package org.dlkit.notebook;

import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.Feedback;
import org.dlkit.exercise.TestResult;

/**
 * Shows an exercise's check as a panel: a heading with the points so far of the exercise's total,
 * ✓ or ✗ per test with its points, and the hint of the first failing test; its {@code text/plain}
 * form is {@link Feedback#of} for headless runs and plain front ends.
 */
final class CheckPanel {
  private static final String PASS = "#2e7d32";
  private static final String FAIL = "#c62828";

  private CheckPanel() {}

  /** Returns the panel of {@code report} as HTML with its plain-text form. */
  static MimeBundle of(ExerciseReport report) {
    return of(report, java.util.Optional.empty());
  }

  /**
   * Returns the panel of {@code report} followed, when the check scored a prediction that passed,
   * by {@code explanation} (the outcome and why); a failing one already says it in its hint.
   */
  static MimeBundle of(ExerciseReport report, java.util.Optional<String> explanation) {
    boolean passed = report.passed();
    String color = passed ? PASS : FAIL;
    StringBuilder html = new StringBuilder()
        .append("<div class=\"dlkit-check\" data-passed=\"").append(passed).append("\" style=\"border-left:4px solid ")
        .append(color).append(";background:").append(passed ? "#f1f8f1" : "#fdf3f3")
        .append(";padding:6px 12px;margin:4px 0;font-family:sans-serif;line-height:1.5\">")
        .append("<div style=\"font-weight:bold;color:").append(color).append("\">")
        .append(passed ? "✓ " : "✗ ").append(Html.escape(report.exercise())).append(": ")
        .append(Feedback.points(report.score())).append(" of ").append(Feedback.points(report.maxScore()))
        .append(report.maxScore() == 1 ? " point" : " points").append("</div>")
        .append("<table style=\"border-collapse:collapse;margin:2px 0;table-layout:auto\">");
    for (TestResult result : report.results()) {
      html.append("<tr><td style=\"padding:0 8px 0 0;color:").append(result.passed() ? PASS : FAIL).append("\">")
          .append(result.passed() ? "✓" : "✗").append("</td><td style=\"padding:0 8px 0 0;text-align:left\">")
          .append(Html.escape(result.name())).append("</td><td style=\"color:#666;text-align:right\">")
          .append(Feedback.points(result.score())).append('/').append(Feedback.points(result.maxScore()))
          .append("</td></tr>");
    }
    html.append("</table>");
    report.results().stream().filter(result -> !result.passed()).findFirst().ifPresent(first -> html
        .append("<div><b>Hint</b> (").append(Html.escape(first.name())).append("):</div>")
        .append("<pre style=\"white-space:pre-wrap;margin:2px 0;background:none\">")
        .append(Html.escape(first.message())).append("</pre>"));
    String why = explanation.filter(text -> passed).orElse("");
    if (!why.isEmpty()) {
      html.append("<div><b>Why</b>:</div><pre style=\"white-space:pre-wrap;margin:2px 0;background:none\">")
          .append(Html.escape(why)).append("</pre>");
    }
    html.append("</div>");
    return MimeBundle.htmlAndText(html.toString(), Feedback.of(report) + (why.isEmpty() ? "" : "\n  Why: " + why));
  }
}
