package org.dlkit.exercise;

/**
 * One test of a {@link Prepared} plan, as a {@link TestRun} orders it run.
 *
 * @param exercise the exercise's id
 * @param testClass the test class's binary name
 * @param method the test method's name
 */
public record PlannedTest(String exercise, String testClass, String method) {}
