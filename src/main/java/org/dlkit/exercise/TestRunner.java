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
  private final Duration timeout;
  private Launcher launcher;

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

  /** Runs {@code methods} of {@code testClass}, which tests {@code exercise}; a test that never reports fails. */
  public List<TestResult> run(String exercise, Class<?> testClass, List<Method> methods) {
    Map<String, TestResult> results = new LinkedHashMap<>();
    methods.forEach(m -> results.put(m.getName(), null));
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(methods.stream().map(m -> selectMethod(testClass, m)).toList())
        .configurationParameter("junit.jupiter.execution.timeout.default", timeout.toMillis() + " ms")
        .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
        .build();
    List<String> containerFailures = new ArrayList<>();
    if (launcher == null) {
      launcher = LauncherFactory.create();
    }
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(testClass.getClassLoader());
    try {
      launcher.execute(request, new TestExecutionListener() {
        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
          Optional<Method> method = test.getSource().filter(MethodSource.class::isInstance)
              .map(s -> ((MethodSource) s).getJavaMethod());
          if (method.isPresent() && results.containsKey(method.get().getName())) {
            results.put(method.get().getName(), toResult(exercise, method.get(), result));
          } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            result.getThrowable().ifPresent(t -> containerFailures.add(Failures.describe(t)));
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

  private static TestResult toResult(String exercise, Method method, TestExecutionResult result) {
    TestOutline test = TestOutline.of(method);
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return TestResult.passed(exercise, test.name(), test.points(), test.visibility());
    }
    return test.failed(exercise, result.getThrowable().map(Failures::describe).orElse("aborted"));
  }
}
