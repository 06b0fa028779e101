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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A lab's grader suite, read once: the folder {@code grader/<lab>/} with one JUnit 5 test class per
 * exercise, each marked {@code @Exercise("<id>")}, plus any support classes without that mark.
 */
public final class Suite {
  private static final Pattern EXERCISE = Pattern.compile("@(?:[\\w.]+\\.)?Exercise\\(\\s*\"([\\w.-]+)\"\\s*\\)");

  private final Path folder;
  private final Map<String, Path> testByExercise;
  private final List<Path> support;
  private final Map<Path, String> texts;

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

}
