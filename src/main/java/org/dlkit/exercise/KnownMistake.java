package org.dlkit.exercise;

/**
 * A wrong solution from a lab's corpus, as diagnosis needs it: which it is, what the instructor
 * wrote it gets wrong, where a student should look (never the fix), and what the suite observed
 * of it.
 *
 * @param exercise the exercise it is a wrong solution of
 * @param name the fixture's name
 * @param what the fixture's {@code // Mistake:} line, for the instructor
 * @param lookAt the fixture's {@code // Look at:} line, for the student; empty when it has none
 * @param fingerprint what every test of the exercise, hidden ones included, observed of it
 */
public record KnownMistake(String exercise, String name, String what, String lookAt, Fingerprint fingerprint) {}
