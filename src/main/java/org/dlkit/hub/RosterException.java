package org.dlkit.hub;

import java.util.List;

/** A roster that cannot be used, with every problem found, each naming its line. */
public final class RosterException extends IllegalArgumentException {
  private final transient List<String> problems;

  RosterException(String source, List<String> problems) {
    super(source + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems")
        + " (no account was created):\n  " + String.join("\n  ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Returns the problems, one per bad line, each starting with {@code line N:}. */
  public List<String> problems() {
    return problems;
  }
}
