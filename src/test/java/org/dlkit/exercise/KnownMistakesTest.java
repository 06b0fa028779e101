package org.dlkit.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fingerprints compared within a tolerance, and diagnosis against a catalogue of known mistakes. */
class KnownMistakesTest {
  private static TestResult pass(String name, String visibility) {
    return TestResult.passed("ex", name, 1, visibility);
  }

  private static TestResult fail(String name, String visibility, String message) {
    return TestResult.failed("ex", name, 1, visibility, message);
  }

  private static ExerciseReport report(TestResult... results) {
    return new ExerciseReport("ex", List.of(results));
  }

  private static KnownMistake mistake(String name, String lookAt, ExerciseReport report) {
    return new KnownMistake("ex", name, "what " + name, lookAt, Fingerprint.of(report));
  }

  private static final ExerciseReport OFF_BY_ONE = report(pass("a", "visible"),
      fail("b", "visible", "sum should be 6.0 but was 5.0 ==> expected: <6.0> but was: <5.0>"),
      fail("c", "hidden", "at exercise ex, cell line 4: threw ArrayIndexOutOfBoundsException"));
  private static final ExerciseReport NO_BIAS = report(pass("a", "visible"),
      fail("b", "visible", "sum should be 6.0 but was 4.0 ==> expected: <6.0> but was: <4.0>"),
      pass("c", "hidden"));

  @Test
  void messagesMatchNumberForNumberWithinTheTolerance() {
    assertTrue(Fingerprint.sameOutcome("was 0.30000000000000004 at line #", "was 0.3 at line #"));
    assertFalse(Fingerprint.sameOutcome("was 0.31", "was 0.3"), "1 in 30 is far beyond the tolerance");
    assertFalse(Fingerprint.sameOutcome("expected 1 but was 2", "expected 1 and was 2"));
    assertFalse(Fingerprint.sameOutcome("was 1.0", "was 1.0 then 2.0"));
    assertFalse(Fingerprint.sameOutcome("", "was 1.0"), "a pass never matches a failure");
    assertEquals("exercise ex, cell line #: boom at Foo@#", Fingerprint.normalise(" exercise ex, cell line 12: boom at Foo@1a2b3c4d "));
  }

  @Test
  void aWrongSubmissionThatBehavesLikeAKnownMistakeIsDiagnosedAsIt(@TempDir Path suite) throws Exception {
    Files.writeString(suite.resolve("ExTest.java"), "class ExTest {}");
    KnownMistakes known = KnownMistakes.of(suite, List.of(mistake("off-by-one", "the loop's bounds", OFF_BY_ONE),
        mistake("no-bias", "where the sum starts", NO_BIAS)));
    ExerciseReport student = report(pass("a", "visible"),
        fail("b", "visible", "sum should be 6.0 but was 5.000000000000001 ==> expected: <6.0> but was: <5.000000000000001>"),
        fail("c", "hidden", "at exercise ex, cell line 9: threw ArrayIndexOutOfBoundsException"));
    Optional<Diagnosis> diagnosis = known.diagnose(student);
    assertEquals(List.of("off-by-one"), diagnosis.orElseThrow().names());
    assertEquals("This looks like a known mistake: look at the loop's bounds", diagnosis.get().sentence());

    ExerciseReport elsewhere = report(pass("a", "visible"),
        fail("b", "visible", "sum should be 6.0 but was 5.0 ==> expected: <6.0> but was: <5.0>"), pass("c", "hidden"));
    assertEquals(Optional.empty(), known.diagnose(elsewhere), "agrees on b but not on c: no known mistake");
    assertEquals(Optional.empty(), known.diagnose(report(pass("a", "visible"), pass("b", "visible"), pass("c", "hidden"))),
        "a submission that passes is never diagnosed");
    ExerciseReport otherExercise = new ExerciseReport("other", OFF_BY_ONE.results());
    assertEquals(Optional.empty(), known.diagnose(otherExercise), "an exercise without known mistakes gets none");
  }

  @Test
  void checkComparesTheVisibleTestsOnlyAndNamesEveryMistakeTheyCannotTellApart(@TempDir Path suite) throws Exception {
    Files.writeString(suite.resolve("ExTest.java"), "class ExTest {}");
    ExerciseReport twin = report(pass("a", "visible"),
        fail("b", "visible", "sum should be 6.0 but was 5.0 ==> expected: <6.0> but was: <5.0>"), pass("c", "hidden"));
    KnownMistakes known = KnownMistakes.of(suite, List.of(mistake("off-by-one", "the loop's bounds", OFF_BY_ONE),
        mistake("twin", "the first element", twin)));
    ExerciseReport visibleOnly = report(pass("a", "visible"),
        fail("b", "visible", "sum should be 6.0 but was 5.0 ==> expected: <6.0> but was: <5.0>"));
    Diagnosis diagnosis = known.diagnose(visibleOnly).orElseThrow();
    assertEquals(List.of("off-by-one", "twin"), diagnosis.names());
    assertEquals("This looks like a known mistake: look at the loop's bounds; or else at the first element",
        diagnosis.sentence());
  }

  @Test
  void theCatalogueRoundTripsAndIsIgnoredOnceTheSuiteChanges(@TempDir Path suite) throws Exception {
    Files.writeString(suite.resolve("ExTest.java"), "class ExTest {}");
    Files.createDirectories(suite.resolve("mistakes"));
    KnownMistakes written = KnownMistakes.of(suite, List.of(mistake("off-by-one", "the loop's bounds", OFF_BY_ONE)));
    Files.writeString(suite.resolve("mistakes").resolve(KnownMistakes.FILE), written.toJson());
    KnownMistakes read = KnownMistakes.of(suite);
    assertTrue(read.current());
    assertEquals(written.toJson(), read.toJson());
    assertEquals(List.of("off-by-one"), read.diagnose(OFF_BY_ONE).orElseThrow().names());

    Files.writeString(suite.resolve("ExTest.java"), "class ExTest { /* a new test */ }");
    KnownMistakes stale = KnownMistakes.of(suite);
    assertFalse(stale.current());
    assertEquals(Optional.empty(), stale.diagnose(OFF_BY_ONE), "a fingerprint of another suite must not name a mistake");

    Files.writeString(suite.resolve("mistakes").resolve(KnownMistakes.FILE), "{ not json");
    assertEquals(List.of(), KnownMistakes.of(suite).all(), "an unreadable catalogue diagnoses nothing");
    assertEquals(List.of(), KnownMistakes.of(suite.resolve("nowhere")).all());
  }

  @Test
  void mistakesNoTestTellsApartAreReportedAsAGroup(@TempDir Path suite) throws Exception {
    Files.writeString(suite.resolve("ExTest.java"), "class ExTest {}");
    KnownMistakes known = KnownMistakes.of(suite, List.of(mistake("one", "x", OFF_BY_ONE), mistake("two", "y", NO_BIAS),
        mistake("three", "z", OFF_BY_ONE)));
    List<List<KnownMistake>> groups = known.indistinguishable();
    assertEquals(1, groups.size());
    assertEquals(List.of("one", "three"), groups.get(0).stream().map(KnownMistake::name).toList());
  }
}
