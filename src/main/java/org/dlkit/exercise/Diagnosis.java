package org.dlkit.exercise;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A wrong submission of one exercise recognised as a known mistake: the corpus mistakes whose
 * fingerprint it shares (more than one only when the suite cannot tell them apart).
 *
 * @param exercise the exercise
 * @param mistakes the matching known mistakes, one or two that say different things
 */
public record Diagnosis(String exercise, List<KnownMistake> mistakes) {
  /** The words every diagnosis starts with, in feedback, Gradescope's output and {@code check()}. */
  public static final String OPENING = "This looks like a known mistake: look at ";

  /** Copies the mistakes; there is at least one. */
  public Diagnosis {
    mistakes = List.copyOf(mistakes);
    if (mistakes.isEmpty()) {
      throw new IllegalArgumentException("a diagnosis names at least one known mistake");
    }
  }

  /** Returns the fixture names of the matching mistakes. */
  public List<String> names() {
    return mistakes.stream().map(KnownMistake::name).toList();
  }

  /**
   * Returns what the student reads: {@value #OPENING} and where to look, or empty when no matching
   * mistake says where to look.
   */
  public String sentence() {
    List<String> looks = mistakes.stream().map(KnownMistake::lookAt).filter(l -> !l.isEmpty()).distinct().toList();
    if (looks.isEmpty()) {
      return "";
    }
    return OPENING + looks.stream().collect(Collectors.joining("; or else at "));
  }
}
