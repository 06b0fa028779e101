package org.dlkit.exercise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an exercise's tests observed of one piece of code: for each test, whether it passed and,
 * when it failed, its message with the parts that do not describe behaviour (cell line numbers,
 * object hash codes) taken out. The tests are the probes: their inputs hold the edge cases an
 * exercise is graded on, and their messages carry the values the code computed, so two pieces of
 * code with the same fingerprint behave alike on every input the suite tries.
 *
 * @param tests each test's observation, in the suite's order
 */
public record Fingerprint(List<Observation> tests) {
  private static final Pattern LINE = Pattern.compile("\\bline \\d+");
  private static final Pattern HASH = Pattern.compile("@[0-9a-f]{4,16}\\b");
  private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?");
  /** How far apart two numbers in a message may be and still count as the same value, relative to their size. */
  static final double TOLERANCE = 1e-6;
  /** The outcome of a test that fails with a message that changes from run to run: it matches any failure. */
  public static final String ANY_FAILURE = "(fails; the message changes from run to run)";

  /**
   * One test's observation.
   *
   * @param test the test's readable name
   * @param visibility the test's {@link Visibility}
   * @param outcome empty when it passed, else its normalised failure message
   */
  public record Observation(String test, String visibility, String outcome) {
    /** Returns whether the test passed. */
    public boolean passed() {
      return outcome.isEmpty();
    }
  }

  /** Copies the observations. */
  public Fingerprint {
    tests = List.copyOf(tests);
  }

  /** Returns the fingerprint of an exercise's report. */
  public static Fingerprint of(ExerciseReport report) {
    List<Observation> tests = new ArrayList<>();
    for (TestResult result : report.results()) {
      tests.add(new Observation(result.name(), result.visibility(), result.passed() ? "" : normalise(result.message())));
    }
    return new Fingerprint(tests);
  }

  /**
   * Returns the fingerprint of a report observed twice: a test whose failure message differs between
   * the two runs (the code draws from an unseeded random, say) keeps only that it fails
   * ({@value #ANY_FAILURE}), so the fingerprint is reproducible and still matches the same code.
   */
  public static Fingerprint of(ExerciseReport first, ExerciseReport second) {
    Fingerprint a = of(first);
    Fingerprint b = of(second);
    List<Observation> tests = new ArrayList<>();
    for (int i = 0; i < a.tests.size(); i++) {
      Observation one = a.tests.get(i);
      boolean stable = i < b.tests.size() && sameOutcome(one.outcome(), b.tests.get(i).outcome());
      tests.add(stable || one.passed() ? one : new Observation(one.test(), one.visibility(), ANY_FAILURE));
    }
    return new Fingerprint(tests);
  }

  /** Returns {@code message} without the parts that say where, not what: cell line numbers and hash codes. */
  static String normalise(String message) {
    String text = message.strip();
    text = LINE.matcher(text).replaceAll("line #");
    return HASH.matcher(text).replaceAll("@#");
  }

  /** Returns whether some test failed. */
  public boolean failsAny() {
    return tests.stream().anyMatch(t -> !t.passed());
  }

  /** Returns the observations of the visible tests only: what {@code check()} in the notebook sees. */
  public Fingerprint visibleOnly() {
    return new Fingerprint(tests.stream().filter(t -> t.visibility().equals(Visibility.VISIBLE)).toList());
  }

  /**
   * Returns whether {@code other} observed the same as this on every test this fingerprint holds:
   * the same tests passed, and the failures' messages agree word for word and number for number
   * within {@value #TOLERANCE} (relative). A test this holds that {@code other} lacks is a mismatch.
   */
  public boolean matches(Fingerprint other) {
    Map<String, Observation> theirs = new LinkedHashMap<>();
    other.tests.forEach(t -> theirs.put(t.test(), t));
    for (Observation mine : tests) {
      Observation their = theirs.get(mine.test());
      if (their == null || !sameOutcome(mine.outcome(), their.outcome())) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether this and {@code other} hold the same tests and match each other. */
  public boolean sameAs(Fingerprint other) {
    return tests.size() == other.tests.size() && matches(other) && other.matches(this);
  }

  /** Returns whether two normalised messages say the same, their numbers compared within the tolerance. */
  static boolean sameOutcome(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(ANY_FAILURE) || b.equals(ANY_FAILURE)) {
      return true;
    }
    Matcher x = NUMBER.matcher(a);
    Matcher y = NUMBER.matcher(b);
    int endA = 0;
    int endB = 0;
    while (true) {
      boolean moreA = x.find();
      boolean moreB = y.find();
      if (moreA != moreB) {
        return false;
      }
      if (!moreA) {
        return a.substring(endA).equals(b.substring(endB));
      }
      if (!a.substring(endA, x.start()).equals(b.substring(endB, y.start())) || !close(x.group(), y.group())) {
        return false;
      }
      endA = x.end();
      endB = y.end();
    }
  }

  private static boolean close(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    double u = Double.parseDouble(a);
    double v = Double.parseDouble(b);
    return Math.abs(u - v) <= TOLERANCE * Math.max(Math.abs(u), Math.abs(v)) + 1e-12;
  }
}
