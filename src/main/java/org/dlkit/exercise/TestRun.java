package org.dlkit.exercise;

import java.util.Map;

/**
 * Runs the tests of a compiled {@link Prepared} plan: the one stage in which {@code check()} and the
 * grader differ. {@link InProcessRun} runs them in this JVM for the notebook's {@code check}; the
 * grader's {@code SandboxRun} runs them in a sandboxed JVM. Both run each test with
 * {@link TestRunner}, and {@link Prepared#reports} turns what either returns into the verdict.
 */
public interface TestRun {
  /**
   * Runs every test of {@link Prepared#tests()} and returns its outcome, by test. A test missing
   * from the answer counts as not run, and fails.
   */
  Map<PlannedTest, TestOutcome> run(Prepared plan);
}
