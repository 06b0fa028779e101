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
    List<String> compiled = tests.tests().stream().map(TestOutline::method).toList();
    List<Method> methods = TestRunner.testMethods(testClass, which).stream()
        .filter(m -> compiled.contains(m.getName())).toList();
    List<TestResult> results = new ArrayList<>(tests.failed());
    new TestRunner(timeout).run(exerciseId, testClass, methods).stream().map(prepared::locate).forEach(results::add);
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
      String fullSource = testSources.get(testFile);
      List<TestOutline> outline = TestOutline.read(testFile, fullSource).stream()
          .filter(t -> which.test(t.visibility())).toList();
      String problem = !latest.containsKey(id)
          ? "exercise " + id + " is missing: no cell starts with // Exercise: " + id
              + " (run that cell first, and keep its first line)"
          : submission.errors().get(id);
      if (problem != null) {
        notCompiled.add(failAll(id, outline, problem));
        continue;
      }
      Map<String, String> failedTests = compileTests(compiler, testSources, testFile, fullSource, outline,
          submission.source());
      List<TestOutline> compiled = outline.stream().filter(t -> !failedTests.containsKey(t.method())).toList();
      if (compiled.isEmpty()) {
        notCompiled.add(new ExerciseReport(id, outline.stream()
            .map(t -> t.failed(id, failedTests.get(t.method()))).toList()));
      } else {
        runnable.put(id, new Prepared.Tests(suite.testClassName(id), compiled, failedTests.entrySet().stream()
            .map(e -> outline.stream().filter(t -> t.method().equals(e.getKey())).findFirst().orElseThrow()
                .failed(id, e.getValue())).toList()));
      }
    }
    return new Prepared(compiler.classes(), runnable, notCompiled, submission.source());
  }

  /**
   * Compiles an exercise's test class with the tests in {@code outline}; when it does not compile,
   * finds the tests that compile on their own and compiles the class with just those. Returns the
   * tests that did not compile, by method, with javac's reason.
   */
  private static Map<String, String> compileTests(MemoryCompiler compiler, Map<String, String> sources, String testFile,
      String fullSource, List<TestOutline> outline, SubmissionSource submission) {
    Set<String> wanted = new LinkedHashSet<>();
    outline.forEach(t -> wanted.add(t.method()));
    Map<String, String> failed = new LinkedHashMap<>();
    sources.put(testFile, TestOutline.keepOnly(testFile, fullSource, t -> wanted.contains(t.method())));
    List<MemoryCompiler.Problem> problems = compiler.compile(sources);
    if (problems.isEmpty()) {
      return failed;
    }
    for (TestOutline test : outline) {
      sources.put(testFile, TestOutline.keepOnly(testFile, fullSource, t -> t.method().equals(test.method())));
      List<MemoryCompiler.Problem> own = compiler.compile(sources);
      if (!own.isEmpty()) {
        failed.put(test.method(), "the tests cannot call your code as written; check the names, parameter types and "
            + "return type the exercise asks for. javac says: " + describe(own, submission));
      }
    }
    sources.put(testFile, TestOutline.keepOnly(testFile, fullSource,
        t -> wanted.contains(t.method()) && !failed.containsKey(t.method())));
    if (failed.size() < outline.size() && !compiler.compile(sources).isEmpty()) {
      outline.forEach(t -> failed.putIfAbsent(t.method(), "the tests could not be compiled together: "
          + describe(problems, submission)));
    }
    return failed;
  }

  /** Returns a failing report for every exercise of the suite, each test failing for {@code reason}. */
  public List<ExerciseReport> failEverything(String reason) {
    List<ExerciseReport> reports = new ArrayList<>();
    for (String id : suite.exerciseIds()) {
      String testFile = suite.testClassName(id) + ".java";
      reports.add(failAll(id, TestOutline.read(testFile, suite.sourcesFor(id).get(testFile)), reason));
    }
    return reports;
  }

  /** Returns the suite this checker grades with. */
  public Suite suite() {
    return suite;
  }

  /** The compiled {@code Submission}, and why each exercise left out of it did not compile. */
  private record Compiled(SubmissionSource source, Map<String, String> errors) {}

  /** Compiles the cells into {@code Submission}, leaving out the exercises that do not compile. */
  private static Compiled compileSubmission(MemoryCompiler compiler, List<ExerciseCell> cells, List<String> imports) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<String> usable = new ArrayList<>(imports);
    while (true) {
      SubmissionSource source = SubmissionSource.of(cells, usable);
      List<MemoryCompiler.Problem> problems = compiler.compile(Map.of(SubmissionSource.CLASS_NAME + ".java",
          source.text()));
      if (problems.isEmpty()) {
        return new Compiled(source, errors);
      }
      Set<ExerciseCell> broken = new LinkedHashSet<>();
      problems.forEach(p -> broken.add(source.cellAt(p.line())));
      if (broken.contains(null)) {
        // An import that nothing on the class path satisfies (a typo in any cell, or Deeplearning4j where its
        // jars are left out) is dropped; an exercise that needed it then fails on its own line.
        if (usable.removeAll(importsAt(problems, source))) {
          continue;
        }
        String why = "the notebook's imports do not compile: " + describe(problems, source);
        cells.forEach(cell -> errors.put(cell.id(), why));
        return new Compiled(source, errors);
      }
      for (ExerciseCell cell : broken) {
        List<MemoryCompiler.Problem> own = problems.stream().filter(p -> source.cellAt(p.line()) == cell).toList();
        errors.put(cell.id(), "exercise " + cell.id() + " does not compile: " + describe(own, source));
      }
      cells.removeAll(broken);
    }
  }

  /** Returns the import statements on the lines of {@code source} where javac found {@code problems}. */
  private static List<String> importsAt(List<MemoryCompiler.Problem> problems, SubmissionSource source) {
    String[] lines = source.text().split("\n", -1);
    List<String> found = new ArrayList<>();
    for (MemoryCompiler.Problem problem : problems) {
      if (problem.line() >= 1 && problem.line() <= lines.length && source.cellAt(problem.line()) == null) {
        String line = lines[(int) problem.line() - 1].strip();
        if (line.startsWith("import ")) {
          found.add(line);
        }
      }
    }
    return found;
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
