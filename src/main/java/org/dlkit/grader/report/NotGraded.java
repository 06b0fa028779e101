package org.dlkit.grader.report;

/**
 * A student folder the report cannot use, and why.
 *
 * @param folder the folder's name inside the results folder
 * @param reason what is wrong with it, in words an instructor can act on
 */
public record NotGraded(String folder, String reason) {}
