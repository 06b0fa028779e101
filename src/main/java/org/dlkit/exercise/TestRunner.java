package org.dlkit.exercise;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
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
 * Runs the tests of one grader test class with the JUnit 5 launcher, one test at a time, and turns
 * each into a {@link TestResult} with its points and visibility. Each test runs on a thread of its
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

  /** Returns the test methods of {@code testClass} that {@code visible} accepts, in source-name order. */
  public static List<Method> testMethods(Class<?> testClass, Predicate<String> visible) {
    return Arrays.stream(testClass.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(Test.class) && visible.test(TestOutline.of(m).visibility()))
        .sorted(Comparator.comparing(Method::getName)).toList();
  }

  /**
   * Returns whether a test run so far may have left a thread running: one that timed out, or one
   * whose failure's message never came. A JVM that must be trusted afterwards should stop.
   */
  public boolean leftThreadsRunning() {
    return leftThreadsRunning;
  }

  /**
   * Runs {@code methods} of {@code testClass}, which tests {@code exercise}, one at a time; a test
   * that never reports fails. An {@link OutOfMemoryError} in a test is thrown on.
   */
  public List<TestResult> run(String exercise, Class<?> testClass, List<Method> methods) {
    List<TestResult> results = new ArrayList<>();
    for (Method method : methods) {
      results.add(runOne(exercise, testClass, method));
    }
    return results;
  }

  private TestResult runOne(String exercise, Class<?> testClass, Method method) {
    TestOutline test = TestOutline.of(method);
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
      return test.failed(exercise, "took too long: " + method.getName() + "() timed out after " + timeout.toMillis()
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
      return test.failed(exercise, why.isEmpty() ? "the test did not run" : String.join("; ", why));
    }
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return TestResult.passed(exercise, test.name(), test.points(), test.visibility());
    }
    return test.failed(exercise, result.getThrowable().map(t -> describe(t, left)).orElse("aborted"));
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
