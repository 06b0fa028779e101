package org.dlkit.grader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grades every lab's corpus of wrong solutions ({@code grader/<lab>/mistakes}): each exercise has
 * at least four, each loses points in its own exercise (by a failing test, not by a crash or a
 * timeout) and in no other, the reference solutions earn every point, and the table in
 * {@code grader/README.md} is the one this run measures.
 */
class MistakesCorpusTest {
  private static final Path HOME = Path.of(System.getProperty("user.dir"));
  private static final int MINIMUM_PER_EXERCISE = 4;
  private static List<MutationScore.Lab> measured;
  private static List<DiagnosisPrecision.Lab> diagnosed;

  private static synchronized List<MutationScore.Lab> labs() {
    if (measured == null) {
      List<MutationScore.Lab> labs = new ArrayList<>();
      for (Path source : Release.sources(HOME.resolve("labs"))) {
        labs.add(MutationScore.measure(source, HOME.resolve("grader").resolve(source.getParent().getFileName())));
      }
      measured = labs;
    }
    return measured;
  }

  private static synchronized List<DiagnosisPrecision.Lab> diagnosis() {
    if (diagnosed == null) {
      List<DiagnosisPrecision.Lab> labs = new ArrayList<>();
      List<Path> sources = Release.sources(HOME.resolve("labs"));
      for (int i = 0; i < sources.size(); i++) {
        Path source = sources.get(i);
        String folder = source.getParent().getFileName().toString();
        labs.add(DiagnosisPrecision.measure(source, HOME.resolve("notebooks").resolve(folder).resolve(source.getFileName()),
            HOME.resolve("grader").resolve(folder), labs().get(i)));
      }
      diagnosed = labs;
    }
    return diagnosed;
  }

  @TestFactory
  Stream<DynamicTest> everyMistakeTellsTheStudentWhereToLookAndItsFingerprintIsCommitted() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MutationScore.Lab lab : labs()) {
      Path suite = HOME.resolve("grader").resolve(lab.lab());
      tests.add(dynamicTest(lab.lab() + ": mistakes/" + org.dlkit.exercise.KnownMistakes.FILE + " is this run's", () -> {
        Path file = suite.resolve(Mistake.FOLDER).resolve(org.dlkit.exercise.KnownMistakes.FILE);
        assertTrue(Files.isRegularFile(file), file + " is missing; run ./dlkit grade --mutations all");
        assertEquals(MistakeFingerprints.of(suite, lab).toJson(), Files.readString(file, StandardCharsets.UTF_8),
            file + " is not what the suite observes of the corpus now; run ./dlkit grade --mutations all");
      }));
      for (MutationScore.Outcome outcome : lab.outcomes()) {
        Mistake mistake = outcome.mistake();
        tests.add(dynamicTest(lab.lab() + "/mistakes/" + mistake.exercise() + "/" + mistake.name() + ".java: // Look at:",
            () -> assertFalse(mistake.lookAt().isBlank(), "write a second line // Look at: <where to look>, "
                + "never the fix, for students whose code goes wrong the same way")));
      }
    }
    return tests.stream();
  }

  @Test
  void diagnosisIsPreciseAndRecognisesVariantsAndTheReadmeShowsTheMeasurement() throws Exception {
    List<DiagnosisPrecision.Lab> labs = diagnosis();
    String readme = Files.readString(HOME.resolve("grader/README.md"), StandardCharsets.UTF_8);
    String expected = DiagnosisPrecision.readmeSection(DiagnosisPrecision.table(labs));
    String failures = labs.stream().flatMap(l -> l.failures().stream()).collect(java.util.stream.Collectors.joining("\n"));
    assertTrue(readme.contains(expected), "grader/README.md does not show this run's diagnosis table; run "
        + "./dlkit grade --mutations all --write-readme. Measured:\n" + expected + "\n" + failures);
    for (DiagnosisPrecision.Lab lab : labs) {
      assertTrue(lab.graded().precision() >= 0.98, lab.lab() + ": precision " + lab.graded().precision() + "\n" + failures);
      assertTrue(lab.graded().recall() >= 0.90, lab.lab() + ": recall " + lab.graded().recall() + "\n" + failures);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyMistakeLosesPointsInItsOwnExerciseOnly() {
    List<DynamicTest> tests = new ArrayList<>();
    for (MutationScore.Lab lab : labs()) {
      tests.add(dynamicTest(lab.lab() + ": the reference solutions earn every point",
          () -> assertEquals(List.of(), lab.referenceFailures())));
      for (String id : lab.exercises()) {
        tests.add(dynamicTest(lab.lab() + "/" + id + ": at least " + MINIMUM_PER_EXERCISE + " mistakes",
            () -> assertTrue(lab.of(id).size() >= MINIMUM_PER_EXERCISE, lab.lab() + "/mistakes/" + id + " holds "
                + lab.of(id).size() + " mistakes; write at least " + MINIMUM_PER_EXERCISE)));
      }
      for (MutationScore.Outcome outcome : lab.outcomes()) {
        Mistake mistake = outcome.mistake();
        String where = lab.lab() + "/mistakes/" + mistake.exercise() + "/" + mistake.name() + ".java";
        tests.add(dynamicTest(where, () -> {
          assertTrue(outcome.verdict().caught(), where + " (" + mistake.what() + "): " + outcome.verdict().words()
              + (outcome.firstFailure().isEmpty() ? "" : "; first failure: " + outcome.firstFailure()));
          assertEquals(List.of(), outcome.alsoLost(), where + " (" + mistake.what() + ") also loses points in other "
              + "exercises; a mistake should cost points only where it is made");
        }));
      }
    }
    return tests.stream();
  }

  @Test
  void theReadmeShowsTheMeasuredTable() throws Exception {
    String readme = Files.readString(HOME.resolve("grader/README.md"), StandardCharsets.UTF_8);
    String expected = MutationScore.readmeSection(MutationScore.table(labs()));
    assertTrue(readme.contains(expected), "grader/README.md does not show this run's table; run "
        + "./dlkit grade --mutations all --write-readme. Measured:\n" + expected);
  }

  @Test
  void aMalformedFixtureIsNamedWithTheRule(@TempDir Path suite) throws Exception {
    Path folder = Files.createDirectories(suite.resolve("mistakes/perceptron"));
    Files.writeString(folder.resolve("no-line.java"), "// Exercise: perceptron\ndouble f() { return 0; }\n");
    IllegalArgumentException missingLine = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Mistake.in(suite));
    assertTrue(missingLine.getMessage().contains("no-line.java") && missingLine.getMessage().contains("// Mistake:"),
        missingLine.getMessage());
    Files.writeString(folder.resolve("no-line.java"), "// Mistake: returns 0\n// Exercise: dense\ndouble f() { return 0; }\n");
    IllegalArgumentException wrongId = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Mistake.in(suite));
    assertTrue(wrongId.getMessage().contains("// Exercise: perceptron"), wrongId.getMessage());
    Files.writeString(folder.resolve("no-line.java"), "// Mistake: returns 0\n// Exercise: perceptron\ndouble f() { return 0; }\n");
    List<Mistake> mistakes = Mistake.in(suite);
    assertEquals(1, mistakes.size());
    assertEquals("returns 0", mistakes.get(0).what());
    assertFalse(mistakes.get(0).cell().source().contains("Mistake:"));
  }
}
