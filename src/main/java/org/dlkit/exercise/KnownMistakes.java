package org.dlkit.exercise;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A lab's known mistakes with their fingerprints, kept in {@code grader/<lab>/mistakes/}{@value #FILE}
 * (written by {@code ./dlkit grade --mutations}), and the diagnosis of a report against them: a
 * wrong exercise whose tests observed exactly what they observed of a known mistake, on every test
 * that ran, is that mistake. The catalogue records a digest of the suite's sources and is ignored
 * once the suite changed, so a stale fingerprint never names a mistake; an exercise without known
 * mistakes simply gets no diagnosis.
 */
public final class KnownMistakes {
  /** The catalogue's file name in the suite's {@code mistakes} folder. */
  public static final String FILE = "fingerprints.json";
  /** At most this many different mistakes are named at once; more means the tests cannot tell, so none is. */
  static final int MOST_NAMED = 2;
  private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

  private final String suiteDigest;
  private final Map<String, List<KnownMistake>> byExercise;
  private final boolean current;

  private KnownMistakes(String suiteDigest, List<KnownMistake> mistakes, boolean current) {
    this.suiteDigest = suiteDigest;
    this.byExercise = new LinkedHashMap<>();
    mistakes.forEach(m -> byExercise.computeIfAbsent(m.exercise(), k -> new ArrayList<>()).add(m));
    this.current = current;
  }

  /** Returns a catalogue of {@code mistakes}, measured against the suite in {@code suiteFolder} as it is now. */
  public static KnownMistakes of(Path suiteFolder, List<KnownMistake> mistakes) {
    return new KnownMistakes(digest(suiteFolder), mistakes, true);
  }

  /** Returns an empty catalogue: nothing is ever diagnosed. */
  public static KnownMistakes none() {
    return new KnownMistakes("", List.of(), true);
  }

  /**
   * Reads the catalogue of the suite in {@code suiteFolder}; an empty one when there is none or it
   * cannot be read, and one that diagnoses nothing when the suite changed since it was written.
   */
  public static KnownMistakes of(Path suiteFolder) {
    Path file = suiteFolder.resolve("mistakes").resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return none();
    }
    try {
      Stored stored = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Stored.class);
      if (stored == null || stored.mistakes == null) {
        return none();
      }
      List<KnownMistake> mistakes = stored.mistakes.stream().map(StoredMistake::toMistake).toList();
      return new KnownMistakes(stored.suite, mistakes, digest(suiteFolder).equals(stored.suite));
    } catch (IOException | JsonParseException | NullPointerException e) {
      return none();
    }
  }

  /** Returns whether the catalogue was written for the suite as it is now (an outdated one diagnoses nothing). */
  public boolean current() {
    return current;
  }

  /** Returns every known mistake, by exercise. */
  public List<KnownMistake> all() {
    return byExercise.values().stream().flatMap(List::stream).toList();
  }

  /** Returns the known mistakes of exercise {@code id}, none when it has none. */
  public List<KnownMistake> of(String id) {
    return byExercise.getOrDefault(id, List.of());
  }

  /** Returns this catalogue without the mistake {@code name} of exercise {@code id}: for leave-one-out measurement. */
  public KnownMistakes without(String id, String name) {
    List<KnownMistake> kept = all().stream().filter(m -> !(m.exercise().equals(id) && m.name().equals(name))).toList();
    return new KnownMistakes(suiteDigest, kept, current);
  }

  /**
   * Returns the diagnosis of {@code report}: the known mistakes of its exercise that its tests
   * observed exactly the same of, compared on the tests that ran (all of them when grading, the
   * visible ones in {@code check()}); empty when its tests all passed, none matches, or more than
   * {@value #MOST_NAMED} different mistakes match, or the student has not written the exercise yet.
   */
  public Optional<Diagnosis> diagnose(ExerciseReport report) {
    if (!current) {
      return Optional.empty();
    }
    Fingerprint seen = Fingerprint.of(report);
    if (!seen.failsAny() || !report.attempted()) { // an untouched cell's TODO already says what to do
      return Optional.empty();
    }
    Set<String> ran = seen.tests().stream().map(Fingerprint.Observation::test).collect(Collectors.toSet());
    List<KnownMistake> matching = new ArrayList<>();
    for (KnownMistake mistake : of(report.exercise())) {
      Fingerprint theirs = new Fingerprint(mistake.fingerprint().tests().stream()
          .filter(t -> ran.contains(t.test())).toList());
      if (seen.sameAs(theirs)) {
        matching.add(mistake);
      }
    }
    List<List<KnownMistake>> distinct = new ArrayList<>();
    for (KnownMistake mistake : matching) {
      distinct.stream().filter(group -> group.get(0).fingerprint().sameAs(mistake.fingerprint())).findFirst()
          .ifPresentOrElse(group -> group.add(mistake), () -> distinct.add(new ArrayList<>(List.of(mistake))));
    }
    if (matching.isEmpty() || distinct.size() > MOST_NAMED) {
      return Optional.empty();
    }
    return Optional.of(new Diagnosis(report.exercise(), matching));
  }

  /** Returns the diagnoses of every report that has one, by exercise. */
  public List<Diagnosis> diagnose(List<ExerciseReport> reports) {
    return reports.stream().map(this::diagnose).flatMap(Optional::stream).toList();
  }

  /**
   * Returns groups of two or more known mistakes of one exercise that no test tells apart (the
   * same fingerprint): the instructor merges them or adds a test that separates them.
   */
  public List<List<KnownMistake>> indistinguishable() {
    List<List<KnownMistake>> groups = new ArrayList<>();
    for (List<KnownMistake> mistakes : byExercise.values()) {
      List<List<KnownMistake>> here = new ArrayList<>();
      for (KnownMistake mistake : mistakes) {
        here.stream().filter(g -> g.get(0).fingerprint().sameAs(mistake.fingerprint())).findFirst()
            .ifPresentOrElse(g -> g.add(mistake), () -> here.add(new ArrayList<>(List.of(mistake))));
      }
      here.stream().filter(g -> g.size() > 1).forEach(groups::add);
    }
    return groups;
  }

  /** Returns the catalogue as the JSON kept in {@value #FILE}. */
  public String toJson() {
    Stored stored = new Stored();
    stored.about = "Fingerprints of the known mistakes in this folder, written by ./dlkit grade --mutations; do not edit.";
    stored.suite = suiteDigest;
    stored.mistakes = all().stream().map(StoredMistake::of).toList();
    return GSON.toJson(stored) + "\n";
  }

  /** Returns a digest of the suite's test and support sources (not its mistakes): the catalogue is valid for these only. */
  public static String digest(Path suiteFolder) {
    try (Stream<Path> files = Files.list(suiteFolder)) {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        sha.update(file.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read the grader suite " + suiteFolder, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  /** The file's form. */
  private static final class Stored {
    String about;
    String suite;
    List<StoredMistake> mistakes;
  }

  /** One mistake in the file. */
  private static final class StoredMistake {
    String exercise;
    String name;
    String mistake;
    String look_at;
    List<Fingerprint.Observation> tests;

    static StoredMistake of(KnownMistake known) {
      StoredMistake stored = new StoredMistake();
      stored.exercise = known.exercise();
      stored.name = known.name();
      stored.mistake = known.what();
      stored.look_at = known.lookAt();
      stored.tests = known.fingerprint().tests();
      return stored;
    }

    KnownMistake toMistake() {
      return new KnownMistake(exercise, name, mistake == null ? "" : mistake, look_at == null ? "" : look_at,
          new Fingerprint(tests));
    }
  }
}
