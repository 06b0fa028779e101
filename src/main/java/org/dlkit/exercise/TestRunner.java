package org.dlkit.exercise;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
 * Runs the tests of one grader test class with the JUnit 5 launcher and turns each into a
 * {@link TestResult} with its points and visibility.
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

  /** Hears about each test as it starts and as it ends, on the thread that runs the tests. */
  public interface Listener {
    /** Called when test {@code method} starts. */
    void started(String method);

    /** Called when test {@code method} has its result. */
    void finished(String method, TestResult result);
  }

  /** Runs {@code methods} of {@code testClass}, which tests {@code exercise}; a test that never reports fails. */
  public List<TestResult> run(String exercise, Class<?> testClass, List<Method> methods) {
    return run(exercise, testClass, methods, new Listener() {
      @Override
      public void started(String method) {}

      @Override
      public void finished(String method, TestResult result) {}
    });
  }

  /** Runs {@code methods} of {@code testClass} like {@link #run(String, Class, List)}, telling {@code listener} as it goes. */
  public List<TestResult> run(String exercise, Class<?> testClass, List<Method> methods, Listener listener) {
    Map<String, TestResult> results = new LinkedHashMap<>();
    methods.forEach(m -> results.put(m.getName(), null));
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(methods.stream().map(m -> selectMethod(testClass, m)).toList())
        .configurationParameter("junit.jupiter.execution.timeout.default", timeout.toMillis() + " ms")
        .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
        .build();
    List<String> containerFailures = new ArrayList<>();
    Map<String, Long> startedAt = new LinkedHashMap<>();
    if (launcher == null) {
      launcher = LauncherFactory.create();
    }
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(testClass.getClassLoader());
    try {
      launcher.execute(request, new TestExecutionListener() {
        @Override
        public void executionStarted(TestIdentifier test) {
          methodOf(test).filter(m -> results.containsKey(m.getName())).ifPresent(m -> {
            startedAt.put(m.getName(), System.nanoTime());
            listener.started(m.getName());
          });
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
          Optional<Method> method = methodOf(test);
          if (method.isPresent() && results.containsKey(method.get().getName())) {
            long spent = System.nanoTime() - startedAt.getOrDefault(method.get().getName(), System.nanoTime());
            TestResult outcome = toResult(exercise, method.get(), result, timeout.toNanos() - spent);
            results.put(method.get().getName(), outcome);
            listener.finished(method.get().getName(), outcome);
          } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            result.getThrowable().ifPresent(t -> containerFailures.add(describe(t, timeout.toNanos())));
          }
        }
      });
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
    String missing = containerFailures.isEmpty() ? "the test did not run" : String.join("; ", containerFailures);
    List<TestResult> all = new ArrayList<>();
    for (Method method : methods) {
      TestResult result = results.get(method.getName());
      all.add(result != null ? result : TestOutline.of(method).failed(exercise, missing));
    }
    return all;
  }

  private static Optional<Method> methodOf(TestIdentifier test) {
    return test.getSource().filter(MethodSource.class::isInstance).map(s -> ((MethodSource) s).getJavaMethod());
  }

  private TestResult toResult(String exercise, Method method, TestExecutionResult result, long nanosLeft) {
    TestOutline test = TestOutline.of(method);
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return TestResult.passed(exercise, test.name(), test.points(), test.visibility());
    }
    if (result.getThrowable().filter(TimeoutException.class::isInstance).isPresent()) {
      leftThreadsRunning = true;
    }
    return test.failed(exercise, result.getThrowable().map(t -> describe(t, nanosLeft)).orElse("aborted"));
  }

  /**
   * Returns {@link Failures#describe} of {@code failure}, computed within what is left of the
   * test's time (at least a fifth of a second): the message of a student's exception is student
   * code, and may never return. Then the text says so, and the thread is left behind.
   */
  private String describe(Throwable failure, long nanosLeft) {
    FutureTask<String> text = new FutureTask<>(() -> Failures.describe(failure));
    Thread describer = new Thread(text, "dlkit-failure-text");
    describer.setDaemon(true);
    describer.start();
    try {
      return text.get(Math.max(nanosLeft, DESCRIBE_AT_LEAST_NANOS), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      leftThreadsRunning = true;
      return failure.getClass().getName() + ": " + UNREADABLE;
    } catch (ExecutionException e) {
      return failure.getClass().getName() + " (its message could not be read: it threw "
          + e.getCause().getClass().getName() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failure.getClass().getName() + ": " + UNREADABLE;
    }
  }
}
