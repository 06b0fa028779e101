package org.dlkit.exercise;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs a plan's tests in this JVM, for the notebook's {@code check}: the compiled classes load in a
 * class loader of their own, and each test runs with {@link TestRunner} under its timeout.
 */
public final class InProcessRun implements TestRun {
  private final Duration timeout;

  /** Returns a run that stops each test after {@code timeout}. */
  public InProcessRun(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Map<PlannedTest, TestOutcome> run(Prepared plan) {
    ClassLoader loader = MemoryCompiler.loader(InProcessRun.class.getClassLoader(), plan.classes());
    TestRunner runner = new TestRunner(timeout);
    Map<PlannedTest, TestOutcome> outcomes = new LinkedHashMap<>();
    for (PlannedTest test : plan.tests()) {
      outcomes.put(test, runner.run(loader, test));
    }
    return outcomes;
  }
}
