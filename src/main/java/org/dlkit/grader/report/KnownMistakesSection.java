package org.dlkit.grader.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The class report's section on known mistakes: per exercise, each known mistake with the number of
 * students diagnosed with it, and the wrong, attempted submissions that matched none (the
 * instructor's next mistakes to write down).
 */
final class KnownMistakesSection {
  private KnownMistakesSection() {}

  /** Returns the section's HTML for {@code results}, naming students by {@code name} (folder → shown name). */
  static String html(ClassResults results, Function<String, String> name) {
    StringBuilder html = new StringBuilder("<h2 id=\"known-mistakes\">Known mistakes</h2>\n");
    html.append("<p>Wrong exercises whose tests observed exactly what they observe of a mistake in "
        + "<code>grader/&lt;lab&gt;/mistakes</code>; the unmatched ones are the next mistakes to write down.</p>\n");
    html.append("<table><tr><th>exercise</th><th>known mistakes (students)</th><th>wrong, matching none</th></tr>\n");
    for (String exercise : results.exercises()) {
      Map<String, Integer> counts = new TreeMap<>();
      List<String> unmatched = new ArrayList<>();
      for (GradedStudent student : results.graded()) {
        student.knownMistakes().getOrDefault(exercise, List.of()).forEach(m -> counts.merge(m, 1, Integer::sum));
        if (student.unmatched().contains(exercise)) {
          unmatched.add(name.apply(student.folder()));
        }
      }
      html.append("<tr data-exercise=\"").append(ClassReport.escape(exercise)).append("\"><td>")
          .append(ClassReport.escape(exercise)).append("</td><td><ul class=\"known\">");
      sorted(counts).forEach((mistake, count) -> html.append("<li data-mistake=\"").append(ClassReport.escape(mistake))
          .append("\"><span class=\"count\">").append(count).append("×</span> <code>")
          .append(ClassReport.escape(mistake)).append("</code></li>"));
      html.append("</ul></td><td data-key=\"unmatched\" data-count=\"").append(unmatched.size()).append("\">")
          .append(unmatched.size());
      if (!unmatched.isEmpty()) {
        html.append(": ").append(ClassReport.escape(String.join(", ", unmatched.subList(0, Math.min(20, unmatched.size())))))
            .append(unmatched.size() > 20 ? ", …" : "");
      }
      html.append("</td></tr>\n");
    }
    return html.append("</table>\n").toString();
  }

  private static Map<String, Integer> sorted(Map<String, Integer> counts) {
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }
}
