package org.dlkit.exercise;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A lab's grader suite, read once: the folder {@code grader/<lab>/} with one JUnit 5 test class per
 * exercise, each marked {@code @Exercise("<id>")}, plus any support classes without that mark. It is
 * the first stage of grading (read → collect → compile → plan → run → verdict): it knows each
 * exercise's tests (their outlines, read once from source: names, points and visibility), the
 * sources to compile them from, and how every test of an exercise fails when it cannot compile.
 */
public final class Suite {
  private static final Pattern EXERCISE = Pattern.compile("@(?:[\\w.]+\\.)?Exercise\\(\\s*\"([\\w.-]+)\"\\s*\\)");

  private final Path folder;
  private final Map<String, Path> testByExercise;
  private final List<Path> support;
  private final Map<Path, String> texts;
  private final Map<String, List<TestOutline>> outlines = new ConcurrentHashMap<>();

  private Suite(Path folder, Map<String, Path> testByExercise, List<Path> support, Map<Path, String> texts) {
    this.folder = folder;
    this.testByExercise = testByExercise;
    this.support = support;
    this.texts = texts;
  }

  /**
   * Reads the suite in {@code folder}.
   *
   * @throws IllegalArgumentException if the folder is missing, has no test classes, or two classes test one exercise
   */
  public static Suite in(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no grader suite at " + folder + ": the folder does not exist");
    }
    Map<String, Path> tests = new LinkedHashMap<>();
    List<Path> support = new ArrayList<>();
    Map<Path, String> texts = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        texts.put(file, Files.readString(file, StandardCharsets.UTF_8));
        Matcher mark = EXERCISE.matcher(texts.get(file));
        if (!mark.find()) {
          support.add(file);
        } else if (tests.putIfAbsent(mark.group(1), file) != null) {
          throw new IllegalArgumentException(String.format("grader suite %s: both %s and %s test exercise %s; "
              + "keep one class per exercise", folder, tests.get(mark.group(1)).getFileName(), file.getFileName(),
              mark.group(1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the grader suite " + folder, e);
    }
    if (tests.isEmpty()) {
      throw new IllegalArgumentException("grader suite " + folder + " has no test class marked @Exercise(\"<id>\")");
    }
    return new Suite(folder, tests, support, texts);
  }

  /** Returns the suite of the lab whose notebooks are in {@code notebookFolder}, looking for {@code grader/<folder name>} upwards. */
  public static Optional<Suite> forNotebookFolder(Path notebookFolder) {
    Path lab = notebookFolder.toAbsolutePath().normalize();
    if (lab.getFileName() == null) {
      return Optional.empty();
    }
    for (Path dir = lab.getParent(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("grader").resolve(lab.getFileName().toString());
      if (Files.isDirectory(candidate)) {
        return Optional.of(in(candidate));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the suite folder of lab {@code lab} ("01", "1", "01-perceptron") under {@code grader},
   * the folder that holds every lab's suite.
   *
   * @throws IllegalArgumentException if no folder, or more than one, matches; the message lists the labs
   */
  public static Path labFolder(Path grader, String lab) {
    String prefix = lab.matches("\\d") ? "0" + lab : lab;
    try (Stream<Path> folders = Files.list(grader)) {
      List<Path> matches = folders.filter(Files::isDirectory)
          .filter(f -> f.getFileName().toString().equals(prefix) || f.getFileName().toString().startsWith(prefix + "-"))
          .sorted().toList();
      if (matches.size() != 1) {
        throw new IllegalArgumentException(String.format("--lab %s matches %s in %s; name one of: %s", lab,
            matches.isEmpty() ? "no suite" : matches.size() + " suites", grader, String.join(", ", labs(grader))));
      }
      return matches.get(0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not list the grader suites in " + grader, e);
    }
  }

  private static List<String> labs(Path grader) {
    try (Stream<Path> folders = Files.list(grader)) {
      return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  /** Returns the suite's folder. */
  public Path folder() {
    return folder;
  }

  /** Returns the ids of the exercises the suite tests, in file order. */
  public List<String> exerciseIds() {
    return List.copyOf(testByExercise.keySet());
  }

  /** Returns whether the suite tests {@code exerciseId}. */
  public boolean tests(String exerciseId) {
    return testByExercise.containsKey(exerciseId);
  }

  /** Returns the sources to compile for one exercise's tests: its test class and the support classes, by file name. */
  Map<String, String> sourcesFor(String exerciseId) {
    Path test = testByExercise.get(exerciseId);
    if (test == null) {
      throw new IllegalArgumentException(String.format("grader suite %s has no tests for exercise \"%s\"; it tests %s",
          folder, exerciseId, String.join(", ", exerciseIds())));
    }
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put(test.getFileName().toString(), texts.get(test));
    // Only the support classes the test class reaches, directly or through each other: a support
    // class that calls exercises not yet written must not keep an earlier exercise from compiling.
    boolean added = true;
    while (added) {
      added = false;
      for (Path file : support) {
        String name = file.getFileName().toString();
        String simpleName = name.substring(0, name.length() - ".java".length());
        Pattern use = Pattern.compile("\\b" + Pattern.quote(simpleName) + "\\b");
        if (!sources.containsKey(name) && sources.values().stream().anyMatch(text -> use.matcher(text).find())) {
          sources.put(name, texts.get(file));
          added = true;
        }
      }
    }
    return sources;
  }

  /** Returns the binary name of the test class for {@code exerciseId}: its file name without .java. */
  String testClassName(String exerciseId) {
    String file = testByExercise.get(exerciseId).getFileName().toString();
    return file.substring(0, file.length() - ".java".length());
  }

  /**
   * Returns every test of exercise {@code exerciseId}, read once from its source, sorted by method
   * name: the one place a test's name, points and visibility are worked out.
   */
  List<TestOutline> outline(String exerciseId) {
    return outlines.computeIfAbsent(exerciseId, id -> {
      String testFile = testClassName(id) + ".java";
      return TestOutline.read(testFile, sourcesFor(id).get(testFile));
    });
  }

  /** Returns the tests of {@code exerciseId} that {@code which} selects by visibility. */
  List<TestOutline> outline(String exerciseId, Predicate<String> which) {
    return outline(exerciseId).stream().filter(t -> which.test(t.visibility())).toList();
  }

  /**
   * Returns the sources that hold exactly {@code tests} of exercise {@code exerciseId}'s class (the
   * others blanked out, so hidden tests are neither compiled nor revealed) and the support classes
   * it reaches.
   */
  Map<String, String> sourcesFor(String exerciseId, List<TestOutline> tests) {
    Map<String, String> sources = sourcesFor(exerciseId);
    String testFile = testClassName(exerciseId) + ".java";
    if (tests.size() < outline(exerciseId).size()) {
      Set<String> kept = new java.util.HashSet<>();
      tests.forEach(t -> kept.add(t.method()));
      sources.put(testFile, TestOutline.keepOnly(testFile, sources.get(testFile), t -> kept.contains(t.method())));
    }
    return sources;
  }

  /** Returns the report of exercise {@code exerciseId} when it cannot run: each of {@code tests} fails for {@code reason}. */
  static ExerciseReport failAll(String exerciseId, List<TestOutline> tests, String reason) {
    return new ExerciseReport(exerciseId, tests.stream().map(t -> t.failed(exerciseId, reason)).toList());
  }

  /** Returns a failing report for every exercise of the suite, each of its tests failing for {@code reason}. */
  public List<ExerciseReport> failEverything(String reason) {
    List<ExerciseReport> reports = new ArrayList<>();
    for (String id : exerciseIds()) {
      reports.add(failAll(id, outline(id), reason));
    }
    return reports;
  }
}
