package org.dlkit.grader.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads a {@code dlkit grade} output folder back: every student folder's {@code results.json}.
 * A folder whose file is missing, unreadable, not JSON, or marked "not graded" becomes a
 * {@link NotGraded} with the reason instead of stopping the report.
 */
public final class ResultsReader {
  static final String RESULTS = "results.json";
  /** A file that marks a folder inside the results folder as the report's own (not a student's). */
  static final String OWN_FOLDER_MARKER = ".dlkit-report";
  private static final String PRINTED = "\n\nYour code printed:";

  private ResultsReader() {}

  /** Reads every student folder in {@code out}. */
  public static ClassResults read(Path out) {
    if (!Files.isDirectory(out)) {
      throw new IllegalArgumentException(out + " is not a folder of graded results; give the --out folder of dlkit grade");
    }
    List<GradedStudent> graded = new ArrayList<>();
    List<NotGraded> notGraded = new ArrayList<>();
    Map<String, Double> maxByExercise = new LinkedHashMap<>();
    for (Path folder : studentFolders(out)) {
      String name = folder.getFileName().toString();
      Path file = folder.resolve(RESULTS);
      if (!Files.isRegularFile(file)) {
        notGraded.add(new NotGraded(name, "results.json is missing"));
        continue;
      }
      try {
        JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        String reason = notGradedReason(json);
        if (reason != null) {
          notGraded.add(new NotGraded(name, reason));
          continue;
        }
        GradedStudent student = student(name, json);
        student.exercises().forEach((id, score) -> maxByExercise.merge(id, score[1], Math::max));
        graded.add(student);
      } catch (IOException | UncheckedIOException e) {
        notGraded.add(new NotGraded(name, "results.json could not be read: " + e.getMessage()));
      } catch (RuntimeException e) {
        notGraded.add(new NotGraded(name, "results.json is corrupt (" + e.getClass().getSimpleName() + ": "
            + e.getMessage() + "); grade this student again with dlkit grade --force"));
      }
    }
    return new ClassResults(graded, notGraded, maxByExercise);
  }

  private static List<Path> studentFolders(Path out) {
    try (Stream<Path> entries = Files.list(out)) {
      return entries.filter(Files::isDirectory)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .filter(f -> !Files.exists(f.resolve(OWN_FOLDER_MARKER)))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("could not list " + out, e);
    }
  }

  /** Returns why the grader marked these results "not graded", or null when they are graded. */
  private static String notGradedReason(JsonObject json) {
    JsonObject extra = json.has("extra_data") && json.get("extra_data").isJsonObject()
        ? json.getAsJsonObject("extra_data") : new JsonObject();
    if (extra.has("not_graded") && extra.get("not_graded").isJsonPrimitive()) {
      return "not graded: " + extra.get("not_graded").getAsString();
    }
    String output = json.has("output") && json.get("output").isJsonPrimitive() ? json.get("output").getAsString() : "";
    var line = output.lines().filter(ResultsReader::saysNotGraded).findFirst();
    if (line.isPresent()) {
      return line.get().strip();
    }
    if (json.has("tests") && json.getAsJsonArray("tests").size() > 0) {
      List<String> outputs = new ArrayList<>();
      json.getAsJsonArray("tests").forEach(t -> outputs.add(t.getAsJsonObject().has("output")
          ? t.getAsJsonObject().get("output").getAsString() : ""));
      if (outputs.stream().allMatch(ResultsReader::saysNotGraded)) {
        return outputs.get(0).lines().findFirst().orElse("not graded").strip();
      }
    }
    if (!extra.has("exercises")) {
      return "results.json has no extra_data.exercises (not written by dlkit grade?)";
    }
    return null;
  }

  private static boolean saysNotGraded(String text) {
    return text.strip().regionMatches(true, 0, "not graded", 0, "not graded".length());
  }

  private static GradedStudent student(String folder, JsonObject json) {
    JsonObject extra = json.getAsJsonObject("extra_data");
    String id = extra.has("student") ? extra.get("student").getAsString() : folder;
    Map<String, double[]> exercises = new LinkedHashMap<>();
    Map<String, List<String>> knownMistakes = new LinkedHashMap<>();
    java.util.Set<String> unmatched = new java.util.LinkedHashSet<>();
    for (var entry : extra.getAsJsonObject("exercises").entrySet()) {
      JsonObject exercise = entry.getValue().getAsJsonObject();
      exercises.put(entry.getKey(), new double[] {exercise.get("score").getAsDouble(), exercise.get("max_score").getAsDouble()});
      if (exercise.has("known_mistakes") && exercise.get("known_mistakes").isJsonArray()) {
        List<String> names = new ArrayList<>();
        exercise.getAsJsonArray("known_mistakes").forEach(name -> names.add(name.getAsString()));
        knownMistakes.put(entry.getKey(), names);
      } else if (exercise.has("unmatched") && exercise.get("unmatched").getAsBoolean()) {
        unmatched.add(entry.getKey());
      }
    }
    List<TestOutcome> tests = new ArrayList<>();
    if (json.has("tests")) {
      for (JsonElement element : json.getAsJsonArray("tests")) {
        tests.add(test(element.getAsJsonObject()));
      }
    }
    double score = json.has("score") ? json.get("score").getAsDouble()
        : exercises.values().stream().mapToDouble(s -> s[0]).sum();
    double seconds = json.has("execution_time") ? json.get("execution_time").getAsDouble() : Double.NaN;
    return new GradedStudent(id, folder, score, seconds, exercises, tests, knownMistakes, unmatched);
  }

  private static TestOutcome test(JsonObject test) {
    String name = test.get("name").getAsString();
    int colon = name.indexOf(": ");
    String exercise = colon < 0 ? "" : name.substring(0, colon);
    String method = colon < 0 ? name : name.substring(colon + 2);
    boolean passed = test.has("status") ? test.get("status").getAsString().equals("passed")
        : test.get("score").getAsDouble() >= test.get("max_score").getAsDouble();
    String output = test.has("output") ? test.get("output").getAsString() : "";
    int printed = output.indexOf(PRINTED);
    String message = printed >= 0 ? output.substring(0, printed) : output.startsWith(PRINTED.strip()) ? "" : output;
    return new TestOutcome(exercise, method, passed, message.strip());
  }
}
