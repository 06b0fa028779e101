package org.dlkit.hub;

/**
 * One person on the roster.
 *
 * @param user the Unix and hub user name
 * @param name the person's name as the roster gives it (may be empty)
 * @param role student or instructor
 * @param line the roster line it came from, counted from 1
 */
public record Member(String user, String name, Role role, int line) {
  /** Returns whether this member is an instructor, and so a hub admin. */
  public boolean instructor() {
    return role == Role.INSTRUCTOR;
  }
}
