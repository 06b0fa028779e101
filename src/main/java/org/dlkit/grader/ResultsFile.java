package org.dlkit.grader;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A student's {@code results.json} read back: whose it is, the points of each exercise, and, for a
 * submission that could not be graded, why (the {@code not_graded} text in {@code extra_data}).
 *
 * @param student the student's name as written
 * @param scores exercise → {points earned, points available}
 * @param notGraded why the submission was not graded, or empty
 * @param isolation how the student's code was isolated ({@code extra_data.isolation}), or empty
 * @param reflections reflection id → the student's written answer ({@code extra_data.reflections}), to read
 */
record ResultsFile(String student, Map<String, double[]> scores, String notGraded, String isolation,
    Map<String, String> reflections) {
  ResultsFile {
    scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
    reflections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reflections));
  }

  /** Returns results without reflections. */
  ResultsFile(String student, Map<String, double[]> scores, String notGraded, String isolation) {
    this(student, scores, notGraded, isolation, Map.of());
  }

  /**
   * Returns the results in {@code folder}, or empty when there are none a resume can trust: no
   * {@code results.json} or {@code feedback.md}, an empty or unreadable one, or one that is not a
   * dlkit results file.
   */
  static Optional<ResultsFile> in(Path folder) {
    Path results = folder.resolve(Reports.RESULTS);
    Path feedback = folder.resolve(Reports.FEEDBACK);
    try {
      if (!Files.isRegularFile(results) || !Files.isRegularFile(feedback) || Files.size(feedback) == 0) {
        return Optional.empty();
      }
      return Optional.of(parse(Files.readString(results, StandardCharsets.UTF_8)));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Returns the results in {@code json}; throws a runtime exception when it is not a dlkit results file. */
  static ResultsFile parse(String json) {
    JsonObject extra = JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("extra_data");
    Map<String, double[]> scores = new LinkedHashMap<>();
    for (var entry : extra.getAsJsonObject("exercises").entrySet()) {
      JsonObject exercise = entry.getValue().getAsJsonObject();
      scores.put(entry.getKey(), new double[] {exercise.get("score").getAsDouble(), exercise.get("max_score").getAsDouble()});
    }
    Map<String, String> reflections = new LinkedHashMap<>();
    if (extra.has("reflections") && extra.get("reflections").isJsonObject()) {
      extra.getAsJsonObject("reflections").entrySet().forEach(e -> reflections.put(e.getKey(), text(e.getValue())));
    }
    return new ResultsFile(extra.get("student").getAsString(), scores, text(extra.get("not_graded")),
        text(extra.get("isolation")), reflections);
  }

  private static String text(JsonElement value) {
    return value == null || value.isJsonNull() ? "" : value.getAsString();
  }
}
