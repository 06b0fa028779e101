package org.dlkit.exercise;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The JUnit adapter of both runs ({@link InProcessRun} and the grader's sandbox): runs one grader
 * test at a time with the JUnit 5 launcher and turns it into a {@link TestOutcome}. Each test runs on a thread of its
 * own under its timeout, and its failure's text is built within what is left of that time: a
 * student's exception is student code, and its message may never come.
 */
public final class TestRunner {
  /** What a failure says when its exception's message does not come within the test's time. */
  static final String UNREADABLE = "the exception's message could not be read within the time limit";
  /** The least time a failure's description gets, however long its test ran. */
  private static final long DESCRIBE_AT_LEAST_NANOS = 200_000_000L;

  private final Duration timeout;
  private Launcher launcher;
  private volatile boolean leftThreadsRunning;

  /** Returns a runner that stops each test after {@code timeout}. */
  public TestRunner(Duration timeout) {
    this.timeout = timeout;
  }

  /**
   * Returns whether a test run so far may have left a thread running: one that timed out, or one
   * whose failure's message never came. A JVM that must be trusted afterwards should stop.
   */
  public boolean leftThreadsRunning() {
    return leftThreadsRunning;
  }

  /**
   * Runs {@code test}, its class loaded (and initialized) from {@code loader}; a test class that
   * cannot be loaded, or that lacks the method, fails with the reason. An {@link OutOfMemoryError}
   * in the test is thrown on.
   */
  public TestOutcome run(ClassLoader loader, PlannedTest test) {
    Class<?> testClass;
    try {
      testClass = Class.forName(test.testClass(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return TestOutcome.fail("the tests could not be loaded: " + e);
    }
    for (Method method : testClass.getDeclaredMethods()) {
      if (method.getName().equals(test.method()) && method.isAnnotationPresent(Test.class)) {
        return runOne(testClass, method);
      }
    }
    return TestOutcome.fail("the test " + test.method() + " is missing from " + test.testClass());
  }

  private TestOutcome runOne(Class<?> testClass, Method method) {
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(testClass, method)).build();
    if (launcher == null) {
      launcher = LauncherFactory.create();
    }
    Launcher running = launcher;
    AtomicReference<TestExecutionResult> outcome = new AtomicReference<>();
    List<Throwable> containerFailures = new CopyOnWriteArrayList<>();
    AtomicLong startedAt = new AtomicLong();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionStarted(TestIdentifier identifier) {
        if (methodOf(identifier).filter(m -> m.getName().equals(method.getName())).isPresent()) {
          startedAt.set(System.nanoTime());
        }
      }

      @Override
      public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        Optional<Method> ran = methodOf(identifier);
        if (ran.isPresent() && ran.get().getName().equals(method.getName())) {
          outcome.set(result);
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
          result.getThrowable().ifPresent(containerFailures::add);
        }
      }
    };
    Throwable thrown = within(() -> running.execute(request, listener), testClass.getClassLoader(), startedAt::get,
        timeout.toNanos(), "dlkit-test-" + method.getName());
    if (thrown == TIMED_OUT) {
      leftThreadsRunning = true;
      launcher = null;
      return TestOutcome.fail("took too long: " + method.getName() + "() timed out after " + timeout.toMillis()
          + " ms (look for a loop that never ends)");
    }
    if (thrown instanceof OutOfMemoryError memory) {
      throw memory;
    }
    long left = timeout.toNanos() - (System.nanoTime() - (startedAt.get() == 0 ? System.nanoTime() : startedAt.get()));
    TestExecutionResult result = outcome.get();
    if (result == null) {
      List<String> why = new ArrayList<>();
      containerFailures.forEach(t -> why.add(describe(t, left)));
      if (thrown != null) {
        why.add(describe(thrown, left));
      }
      return TestOutcome.fail(why.isEmpty() ? "the test did not run" : String.join("; ", why));
    }
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return TestOutcome.pass();
    }
    return TestOutcome.fail(result.getThrowable().map(t -> describe(t, left)).orElse("aborted"));
  }

  private static Optional<Method> methodOf(TestIdentifier test) {
    return test.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getJavaMethod());
  }

  /**
   * Returns {@link Failures#describe} of {@code failure}, computed within {@code nanosLeft} (at
   * least a fifth of a second); when it does not come, says so and leaves its thread behind.
   */
  private String describe(Throwable failure, long nanosLeft) {
    String[] text = new String[1];
    long start = System.nanoTime();
    Throwable thrown = within(() -> text[0] = Failures.describe(failure), null, () -> start,
        Math.max(nanosLeft, DESCRIBE_AT_LEAST_NANOS), "dlkit-failure-text");
    if (thrown == TIMED_OUT) {
      leftThreadsRunning = true;
      return failure.getClass().getName() + ": " + UNREADABLE;
    }
    if (thrown != null) {
      return failure.getClass().getName() + " (its message could not be read: it threw "
          + thrown.getClass().getName() + ")";
    }
    return text[0];
  }

  /** How long JUnit may take to reach a test before the test's own clock starts. */
  private static final long START_UP_NANOS = 60_000_000_000L;

  /** Stands for "did not finish in time" among the throwables {@link #within} returns. */
  private static final Throwable TIMED_OUT = new Throwable("timed out", null, false, false) {};

  /**
   * Runs {@code work} on a new daemon thread and waits until {@code nanos} after the time
   * {@code start} gives (0 while the clock has not started: JUnit's own start-up is not the test's
   * time, though it gets at most {@link #START_UP_NANOS}); returns null when it finished, what it
   * threw, or {@link #TIMED_OUT}. Reads nothing of what was thrown (no message, no
   * {@code toString}), since a student's exception may never answer.
   */
  private static Throwable within(Runnable work, ClassLoader contextLoader, LongSupplier start, long nanos,
      String name) {
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Thread thread = new Thread(() -> {
      try {
        work.run();
      } catch (Throwable t) {
        thrown.set(t);
      } finally {
        done.countDown();
      }
    }, name);
    thread.setDaemon(true);
    if (contextLoader != null) {
      thread.setContextClassLoader(contextLoader);
    }
    thread.start();
    long began = System.nanoTime();
    try {
      while (!done.await(20, TimeUnit.MILLISECONDS)) {
        long started = start.getAsLong();
        long now = System.nanoTime();
        if (started != 0 ? now - started > nanos : now - began > START_UP_NANOS + nanos) {
          return TIMED_OUT;
        }
      }
      return thrown.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return TIMED_OUT;
    }
  }
}
