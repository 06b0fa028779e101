package org.dlkit.grader;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.Feedback;
import org.dlkit.exercise.Reflection;
import org.dlkit.exercise.TestResult;

/**
 * Writes what a student gets back: Gradescope's {@code results.json} and a readable
 * {@code feedback.md}, both in the student's own folder ({@link ResultsFile} reads them back).
 */
final class Reports {
  static final String RESULTS = "results.json";
  static final String FEEDBACK = "feedback.md";

  private Reports() {}

  /**
   * Writes {@code feedback.md}, then {@code results.json}, for one graded submission into
   * {@code folder}, each atomically: a {@code results.json} marks the student done, so it comes last.
   */
  static void write(GradedSubmission graded, Path folder, boolean sandboxed) {
    try {
      Files.createDirectories(folder);
      AtomicFiles.writeString(folder.resolve(FEEDBACK), feedback(graded));
      AtomicFiles.writeString(folder.resolve(RESULTS), resultsJson(graded, sandboxed));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the results of " + graded.student() + " to " + folder, e);
    }
  }

  /**
   * Returns Gradescope's results JSON: the total {@code score}, {@code execution_time}, an overall
   * {@code output}, and one entry per test with {@code name}, {@code score}, {@code max_score},
   * {@code status}, {@code output} and {@code visibility}. The per-exercise scores ride along in
   * {@code extra_data} for the gradebook.
   */
  static String resultsJson(GradedSubmission graded, boolean sandboxed) {
    JsonObject results = new JsonObject();
    results.addProperty("score", graded.score());
    results.addProperty("execution_time", Math.round(graded.seconds() * 1000) / 1000.0);
    String output = (graded.note().isEmpty() ? "" : graded.note() + "\n") + (graded.graded()
        ? Feedback.points(graded.score()) + " of " + Feedback.points(graded.maxScore()) + " points."
        : "This submission was NOT graded (a problem of the grading machine, not of the notebook); it will be graded "
            + "again.") + (sandboxed ? "" : " Graded WITHOUT a sandbox.") + isolationLine(graded);
    results.addProperty("output", output);
    results.addProperty("visibility", "visible");
    JsonArray tests = new JsonArray();
    JsonObject exercises = new JsonObject();
    for (ExerciseReport report : graded.exercises()) {
      JsonObject exercise = new JsonObject();
      exercise.addProperty("score", report.score());
      exercise.addProperty("max_score", report.maxScore());
      exercises.add(report.exercise(), exercise);
      for (TestResult result : report.results()) {
        JsonObject test = new JsonObject();
        test.addProperty("name", report.exercise() + ": " + result.name());
        test.addProperty("score", result.score());
        test.addProperty("max_score", result.maxScore());
        test.addProperty("status", result.passed() ? "passed" : "failed");
        String printed = result.output().isEmpty() ? "" : "Your code printed:\n" + result.output();
        test.addProperty("output", result.message().isEmpty() || printed.isEmpty() ? result.message() + printed
            : result.message() + "\n\n" + printed);
        test.addProperty("visibility", result.visibility());
        tests.add(test);
      }
    }
    results.add("tests", tests);
    JsonObject extra = new JsonObject();
    extra.addProperty("student", graded.student());
    extra.addProperty("sandboxed", sandboxed);
    extra.addProperty("isolation", graded.isolation());
    if (!graded.graded()) {
      extra.addProperty("not_graded", graded.notGraded());
    }
    extra.add("exercises", exercises);
    JsonObject reflections = new JsonObject();
    graded.reflections().forEach(r -> reflections.addProperty(r.id(), r.answer()));
    extra.add("reflections", reflections);
    results.add("extra_data", extra);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(results) + "\n";
  }

  /** Returns the sentence that says how the submission's code was isolated, or nothing when no code ran. */
  private static String isolationLine(GradedSubmission graded) {
    return graded.isolation().isEmpty() ? ""
        : "\nIsolation: " + Isolation.of(graded.isolation()).description() + " (" + graded.isolation() + ").";
  }

  /** Returns the student's feedback as Markdown: the total, then each exercise's tests with why they failed. */
  static String feedback(GradedSubmission graded) {
    StringBuilder text = new StringBuilder("# Feedback for ").append(graded.student()).append("\n\n");
    if (!graded.note().isEmpty()) {
      text.append("**").append(graded.note()).append("**\n\n");
    }
    text.append("Total: ").append(Feedback.points(graded.score())).append(" of ")
        .append(Feedback.points(graded.maxScore())).append(" points.\n");
    for (ExerciseReport report : graded.exercises()) {
      text.append("\n## ").append(report.exercise()).append(" — ").append(Feedback.points(report.score()))
          .append(" of ").append(Feedback.points(report.maxScore())).append("\n\n");
      for (TestResult result : report.results()) {
        if (!result.visibility().equals("visible") && !result.visibility().equals("after_due_date")
            && !result.visibility().equals("after_published")) {
          text.append("- ").append(result.passed() ? "✓" : "✗").append(" a hidden test (")
              .append(Feedback.points(result.maxScore())).append(")\n");
          continue;
        }
        text.append("- ").append(result.passed() ? "✓ " : "✗ ").append(result.name()).append(" (")
            .append(Feedback.points(result.maxScore())).append(")");
        if (!result.passed()) {
          text.append(": ").append(result.message().replace("\n", "\n  "));
        }
        text.append('\n');
      }
    }
    if (!graded.reflections().isEmpty()) {
      text.append("\n## Reflections — to read, not scored\n");
      for (Reflection reflection : graded.reflections()) {
        text.append("\n### ").append(reflection.id()).append("\n\n").append(reflection.answered()
            ? "> " + reflection.answer().replace("\n", "\n> ") : "_(no answer)_").append('\n');
      }
    }
    return text.toString();
  }
}
