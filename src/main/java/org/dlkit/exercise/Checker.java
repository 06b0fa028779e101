package org.dlkit.exercise;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * The notebook's {@code check}, as one call through the grading pipeline: the cells are compiled
 * with the suite's tests by {@link SuiteCompiler}, run in this JVM by {@link InProcessRun}, and
 * judged by {@link Prepared#reports}, the same compile stage and verdict the autograder uses with
 * its sandboxed run. Before anything runs, the student's classes are checked against the
 * {@link BytecodePolicy}; a cell it refuses fails its own exercise, with a line naming the call and
 * the cell, and the others are compiled and graded without it.
 */
public final class Checker {
  /** How long one test may run by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** Selects which tests run: visible ones only, as in the notebook's {@code check}. */
  public static final Predicate<String> VISIBLE_ONLY = Visibility.VISIBLE::equals;
  /** Selects every test, as when grading. */
  public static final Predicate<String> ALL = visibility -> true;

  private final SuiteCompiler compiler;
  private final TestRun run;

  /** Returns a checker for the exercises of {@code suite}, stopping each test after {@code timeout}. */
  public Checker(Suite suite, Duration timeout) {
    this.compiler = new SuiteCompiler(suite);
    this.run = new InProcessRun(timeout);
  }

  /** Returns a checker with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
  public static Checker of(Suite suite) {
    return new Checker(suite, DEFAULT_TIMEOUT);
  }

  /**
   * Runs, in this JVM, the tests of {@code exerciseId} that {@code which} selects against
   * {@code cells} (the lab's exercise cells; the latest cell wins when an id repeats). An exercise
   * that is missing, does not compile, or does not match what its tests call fails every test, with
   * the reason.
   *
   * @param imports the notebook's import statements, for the cells to compile as they did there
   */
  public ExerciseReport check(String exerciseId, List<ExerciseCell> cells, List<String> imports,
      Predicate<String> which) {
    return checkAll(List.of(exerciseId), cells, imports, which).get(0);
  }

  /**
   * Runs, in this JVM, the tests that {@code which} selects of every exercise of the suite against
   * {@code cells}, compiling once; returns one report per exercise, in the suite's order.
   */
  public List<ExerciseReport> checkAll(List<ExerciseCell> cells, List<String> imports, Predicate<String> which) {
    return checkAll(suite().exerciseIds(), cells, imports, which);
  }

  private List<ExerciseReport> checkAll(List<String> exerciseIds, List<ExerciseCell> cells, List<String> imports,
      Predicate<String> which) {
    Prepared plan = compiler.compile(exerciseIds, cells, imports, which);
    return plan.reports(run.run(plan));
  }

  /** Returns the suite this checker grades with. */
  public Suite suite() {
    return compiler.suite();
  }
}
