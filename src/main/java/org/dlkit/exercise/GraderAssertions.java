package org.dlkit.exercise;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.function.Supplier;
import org.dlkit.nd.NdArray;

/**
 * The assertions the grader suites ({@code grader/<lab>/*Test.java}) share, so that every lab's
 * failures read alike: what was checked, what it should be, what it was, then the hint that says
 * how to fix it. They live in dlkit rather than in a suite's folder so that every lab, the
 * sandbox and the Gradescope bundle reach the same wording; student code may not call them (the
 * {@link BytecodePolicy} refuses this package).
 */
public final class GraderAssertions {
  /** The relative and absolute tolerances of {@link #assertClose(NdArray, NdArray, String, String)}. */
  private static final double RELATIVE = 1e-9;
  private static final double ABSOLUTE = 1e-12;

  private GraderAssertions() {}

  /**
   * Fails unless {@code actual} has {@code expected}'s shape and values (within a relative 1e-9 and
   * an absolute 1e-12): "{@code what} should be ... but was ..." (or "is null", or "should have
   * shape ..."), then {@code hint}.
   */
  public static void assertClose(NdArray expected, NdArray actual, String what, String hint) {
    if (actual == null) {
      fail(what + " is null. " + hint);
    }
    if (!Arrays.equals(expected.shape(), actual.shape())) {
      fail(what + " should have shape " + Arrays.toString(expected.shape()) + " but has shape "
          + Arrays.toString(actual.shape()) + ". " + hint);
    }
    if (!expected.allClose(actual, RELATIVE, ABSOLUTE)) {
      fail(what + " should be\n" + expected + "\nbut was\n" + actual + "\n" + hint);
    }
  }

  /**
   * Fails unless {@code actual} is within {@code tolerance} of {@code expected}: "{@code what}
   * should be x but was y", then {@code hint}.
   */
  public static void assertClose(double expected, double actual, double tolerance, String what, String hint) {
    if (!(Math.abs(expected - actual) <= tolerance) && Double.compare(expected, actual) != 0) {
      fail(what + " should be " + expected + " but was " + actual + (hint.isEmpty() ? "" : ". " + hint));
    }
  }

  /**
   * Returns {@code value}, failing when it is null: "{@code what} returned null", then {@code hint}
   * (what to return instead), when there is one.
   */
  public static <T> T assertReturned(T value, String what, String hint) {
    if (value == null) {
      fail(what + " returned null" + (hint.isEmpty() ? "" : "; " + hint));
    }
    return value;
  }

  /**
   * Returns what {@code call} returns; an exception it throws fails the test as "{@code what} threw
   * ...", then {@code hint}, except an unfinished exercise's {@code TODO}, which is the feedback as
   * it stands and is thrown on.
   */
  public static <T> T assertRuns(Supplier<T> call, String what, String hint) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      if (e instanceof UnsupportedOperationException && String.valueOf(e.getMessage()).startsWith("TODO ")) {
        throw e;
      }
      return fail(what + " threw " + e + ". " + hint);
    }
  }
}
