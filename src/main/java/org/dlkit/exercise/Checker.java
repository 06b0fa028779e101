package org.dlkit.exercise;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Grades exercises: builds {@code Submission} from a lab's exercise cells, compiles it and each
 * exercise's test class in memory, and runs the tests. The notebook's {@code check} runs them in
 * its own JVM; the autograder {@linkplain #prepare prepares} them here and runs them in a sandbox.
 * Both give the same verdict in the same words.
 */
public final class Checker {
  /** How long one test may run by default. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
  /** Selects which tests run: visible ones only, as in the notebook's {@code check}. */
  public static final Predicate<String> VISIBLE_ONLY = Visibility.VISIBLE::equals;
  /** Selects every test, as when grading. */
  public static final Predicate<String> ALL = visibility -> true;

  private final Suite suite;
  private final Duration timeout;

  /** Returns a checker for the exercises of {@code suite}, stopping each test after {@code timeout}. */
  public Checker(Suite suite, Duration timeout) {
    this.suite = suite;
    this.timeout = timeout;
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
    Prepared prepared = prepare(List.of(exerciseId), cells, imports, which);
    if (!prepared.notCompiled().isEmpty()) {
      return prepared.notCompiled().get(0);
    }
    Prepared.Tests tests = prepared.runnable().get(exerciseId);
    ClassLoader loader = MemoryCompiler.loader(Checker.class.getClassLoader(), prepared.classes());
    Class<?> testClass;
    try {
      testClass = Class.forName(tests.testClass(), true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return failAll(exerciseId, tests.tests(), "the tests could not be loaded: " + e);
    }
    List<Method> methods = TestRunner.testMethods(testClass, which);
    List<TestResult> results = new TestRunner(timeout).run(exerciseId, testClass, methods).stream()
        .map(prepared::locate).toList();
    return new ExerciseReport(exerciseId, results);
  }

  /**
   * Compiles {@code Submission} from {@code cells} and the tests of each of {@code exerciseIds},
   * without running anything: for the autograder, which runs the classes in a sandbox.
   */
  public Prepared prepare(List<String> exerciseIds, List<ExerciseCell> cells, List<String> imports,
      Predicate<String> which) {
    Map<String, ExerciseCell> latest = new LinkedHashMap<>();
    for (ExerciseCell cell : cells) {
      latest.remove(cell.id());
      latest.put(cell.id(), cell);
    }
    MemoryCompiler compiler = new MemoryCompiler();
    Compiled submission = compileSubmission(compiler, new ArrayList<>(latest.values()), imports);
    Map<String, Prepared.Tests> runnable = new LinkedHashMap<>();
    List<ExerciseReport> notCompiled = new ArrayList<>();
    for (String id : exerciseIds) {
      Map<String, String> testSources = suite.sourcesFor(id);
      String testFile = suite.testClassName(id) + ".java";
      testSources.put(testFile, TestOutline.keepOnly(testFile, testSources.get(testFile), which));
      List<TestOutline> outline = TestOutline.read(testFile, testSources.get(testFile));
      String problem = !latest.containsKey(id)
          ? "exercise " + id + " is missing: no cell starts with // Exercise: " + id
              + " (run that cell first, and keep its first line)"
          : submission.errors().get(id);
      if (problem == null) {
        List<MemoryCompiler.Problem> testProblems = compiler.compile(testSources);
        if (!testProblems.isEmpty()) {
          problem = "the tests cannot call your code as written; check the names, parameter types and return type "
              + "the exercise asks for. javac says: " + describe(testProblems, submission.source());
        }
      }
      if (problem == null) {
        runnable.put(id, new Prepared.Tests(suite.testClassName(id), outline));
      } else {
        notCompiled.add(failAll(id, outline, problem));
      }
    }
    return new Prepared(compiler.classes(), runnable, notCompiled, submission.source());
  }

  /** The compiled {@code Submission}, and why each exercise left out of it did not compile. */
  private record Compiled(SubmissionSource source, Map<String, String> errors) {}

  /** Compiles the cells into {@code Submission}, leaving out the exercises that do not compile. */
  private static Compiled compileSubmission(MemoryCompiler compiler, List<ExerciseCell> cells, List<String> imports) {
    Map<String, String> errors = new LinkedHashMap<>();
    while (true) {
      SubmissionSource source = SubmissionSource.of(cells, imports);
      List<MemoryCompiler.Problem> problems = compiler.compile(Map.of(SubmissionSource.CLASS_NAME + ".java",
          source.text()));
      if (problems.isEmpty()) {
        return new Compiled(source, errors);
      }
      Set<ExerciseCell> broken = new LinkedHashSet<>();
      problems.forEach(p -> broken.add(source.cellAt(p.line())));
      if (broken.contains(null)) {
        String why = "the notebook's imports do not compile: " + describe(problems, source);
        cells.forEach(cell -> errors.put(cell.id(), why));
        cells.clear();
        broken.clear();
      }
      for (ExerciseCell cell : broken) {
        List<MemoryCompiler.Problem> own = problems.stream().filter(p -> source.cellAt(p.line()) == cell).toList();
        errors.put(cell.id(), "exercise " + cell.id() + " does not compile: " + describe(own, source));
      }
      cells.removeAll(broken);
    }
  }

  private static String describe(List<MemoryCompiler.Problem> problems, SubmissionSource source) {
    return problems.stream().map(p -> (p.source().equals(SubmissionSource.CLASS_NAME + ".java")
        ? source.describeLine(p.line()) : p.source() + " line " + p.line()) + ": " + p.message())
        .collect(Collectors.joining("\n"));
  }

  private static ExerciseReport failAll(String exerciseId, List<TestOutline> tests, String reason) {
    return new ExerciseReport(exerciseId, tests.stream().map(t -> t.failed(exerciseId, reason)).toList());
  }
}
