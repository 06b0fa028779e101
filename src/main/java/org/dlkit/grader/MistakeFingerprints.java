package org.dlkit.grader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dlkit.exercise.Fingerprint;
import org.dlkit.exercise.KnownMistake;
import org.dlkit.exercise.KnownMistakes;

/**
 * Turns a lab's mutation measurement into its catalogue of known mistakes
 * ({@code grader/<lab>/mistakes/fingerprints.json}): each mistake's fingerprint is what its own
 * exercise's tests, hidden ones included, observed of it, so computing it costs no run beyond the
 * measurement's.
 */
public final class MistakeFingerprints {
  private MistakeFingerprints() {}

  /** Returns the catalogue of {@code lab}, measured against the suite in {@code suite}. */
  public static KnownMistakes of(Path suite, MutationScore.Lab lab) {
    List<KnownMistake> known = lab.outcomes().stream().filter(o -> o.verdict().caught())
        .map(o -> new KnownMistake(o.mistake().exercise(), o.mistake().name(), o.mistake().what(), o.mistake().lookAt(),
            Fingerprint.of(o.report(), o.again())))
        .toList();
    return KnownMistakes.of(suite, known);
  }

  /** Writes {@code known} into the suite's mistakes folder. */
  public static void write(Path suite, KnownMistakes known) {
    try {
      AtomicFiles.writeString(suite.resolve(Mistake.FOLDER).resolve(KnownMistakes.FILE), known.toJson());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the fingerprints of " + suite, e);
    }
  }

  /** Returns one line per group of mistakes no test tells apart, empty when every mistake has a fingerprint of its own. */
  public static List<String> indistinguishable(String lab, KnownMistakes known) {
    return known.indistinguishable().stream().map(group -> lab + "/" + group.get(0).exercise() + ": "
        + group.stream().map(KnownMistake::name).collect(Collectors.joining(", "))
        + " behave alike on every test; merge them or add a test that tells them apart").toList();
  }
}
