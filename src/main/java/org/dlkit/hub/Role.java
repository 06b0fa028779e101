package org.dlkit.hub;

import java.util.Locale;

/** What a roster line makes its person on the hub: a student, or an instructor (a hub admin). */
public enum Role {
  STUDENT,
  INSTRUCTOR;

  /** Returns the role {@code word} names ({@code student} or {@code instructor}, any case), or null. */
  static Role parse(String word) {
    return switch (word.strip().toLowerCase(Locale.ROOT)) {
      case "", "student" -> STUDENT;
      case "instructor", "admin", "teacher" -> INSTRUCTOR;
      default -> null;
    };
  }
}
