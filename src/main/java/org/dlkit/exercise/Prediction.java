package org.dlkit.exercise;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Scores a student's prediction in a grader suite, against the outcome the test computed: the
 * test runs the experiment with the library, then asks whether the prediction was recorded and
 * whether it matches. No test says the right answer before the student has recorded a prediction;
 * once one is recorded, a wrong one fails with the outcome and the reason, and a right one passes
 * and leaves the reason for {@code check} to show ({@link #explanation}).
 *
 * <pre>{@code
 * @Exercise("lr-diverges")
 * class LrDivergesTest {
 *   @Test @Points(1)
 *   void recorded() {
 *     prediction().assertRecorded();
 *   }
 *
 *   @Test @Points(1)
 *   void agreesWithTheExperiment() {
 *     double w = ...;   // run the experiment with the library
 *     prediction().assertOutcome(Math.abs(w) > 1 ? "diverges" : "converges", "because |1 − 2η| = ...");
 *   }
 *
 *   private static Prediction prediction() {
 *     return Prediction.of("lr-diverges", Submission.lrDivergesPrediction()).among("converges", "diverges");
 *   }
 * }
 * }</pre>
 */
public final class Prediction {
  private static final Map<String, String> EXPLAINED = new ConcurrentHashMap<>();
  private final String id;
  private final String recorded;
  private final List<String> options;

  private Prediction(String id, String recorded, List<String> options) {
    this.id = id;
    this.recorded = recorded;
    this.options = options;
  }

  /**
   * Returns prediction {@code id} as the student recorded it: {@code Submission.<camelId>Prediction()},
   * which is {@code ""} before the student wrote one and null when the cell holds no
   * {@code predict("<id>", <literal>)} call.
   */
  public static Prediction of(String id, String recorded) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("Prediction.of: the id is blank; give the prediction cell's id");
    }
    return new Prediction(id, recorded, List.of());
  }

  /** Returns this prediction as a choice among {@code options} (compared ignoring case and surrounding spaces). */
  public Prediction among(String... options) {
    if (options.length < 2) {
      throw new IllegalArgumentException("Prediction.among: a choice needs at least two options, got "
          + Arrays.toString(options));
    }
    return new Prediction(id, recorded, List.of(options));
  }

  /**
   * Passes when a prediction is recorded, and, for a choice, is one of the options; otherwise fails
   * with what to write, without saying which answer is right.
   */
  public void assertRecorded() {
    String answer = answer();
    if (!options.isEmpty()) {
      option(answer);
    }
  }

  /**
   * Passes when the recorded choice is {@code outcome}, the option the experiment gave; fails with
   * the outcome and {@code why} otherwise. Either way {@code why} is then the prediction's
   * {@linkplain #explanation explanation}.
   */
  public void assertOutcome(String outcome, String why) {
    if (options.isEmpty()) {
      throw new IllegalStateException("Prediction " + id + ": assertOutcome needs the options; call among(...) first");
    }
    if (options.stream().noneMatch(o -> o.equalsIgnoreCase(outcome))) {
      throw new IllegalArgumentException("Prediction " + id + ": the outcome \"" + outcome + "\" is not one of "
          + String.join(", ", options));
    }
    String chosen = option(answer());
    judge(chosen.equalsIgnoreCase(outcome), chosen, outcome, why);
  }

  /**
   * Passes when the recorded number is within {@code tolerance} of {@code outcome}, the number the
   * experiment gave; fails with the outcome and {@code why} otherwise.
   */
  public void assertNear(double outcome, double tolerance, String why) {
    String answer = answer();
    double predicted;
    try {
      predicted = Double.parseDouble(answer.strip());
    } catch (NumberFormatException e) {
      throw new AssertionError("your prediction \"" + answer + "\" is not a number; write a number, such as "
          + "predict(\"" + id + "\", 0.5)");
    }
    String shown = String.format(Locale.ROOT, "%.4g", outcome);
    judge(Math.abs(predicted - outcome) <= tolerance, answer.strip(), shown + " (within "
        + String.format(Locale.ROOT, "%.3g", tolerance) + " counts)", why);
  }

  /**
   * Returns the explanation of prediction {@code id} left by its last passing or failing judgement
   * in this JVM: the outcome and the reason, which {@code check} shows after the test ran.
   */
  public static Optional<String> explanation(String id) {
    return Optional.ofNullable(EXPLAINED.get(id));
  }

  /** Forgets the explanation of prediction {@code id}, before its tests run again. */
  public static void forget(String id) {
    EXPLAINED.remove(id);
  }

  private void judge(boolean right, String predicted, String outcome, String why) {
    String explanation = (right ? "You predicted " + predicted + ", and the experiment agrees: " + outcome
        : "You predicted " + predicted + "; the experiment gives " + outcome) + ". " + why;
    EXPLAINED.put(id, explanation);
    if (!right) {
      throw new AssertionError(explanation);
    }
  }

  private String answer() {
    if (recorded == null) {
      throw new AssertionError("TODO " + id + ": no prediction found; the cell that starts with // Prediction: " + id
          + " must call predict(\"" + id + "\", <your answer>) with words in quotes or a number");
    }
    if (recorded.isBlank()) {
      throw new AssertionError("TODO " + id + ": no prediction recorded yet; write your answer in predict(\"" + id
          + "\", ...)" + (options.isEmpty() ? "" : " (one of: " + String.join(", ", options) + ")")
          + " and run that cell before the experiment");
    }
    return recorded;
  }

  private String option(String answer) {
    return options.stream().filter(o -> o.equalsIgnoreCase(answer.strip())).findFirst()
        .orElseThrow(() -> new AssertionError("your prediction \"" + answer + "\" is not one of: "
            + String.join(", ", options) + "; write one of them, in quotes"));
  }
}
