/**
 * A class on one JupyterHub: the roster of students and instructors, their Unix accounts, the
 * hub's configuration and limits, and the exchange of notebooks with their homes ({@link
 * org.dlkit.hub.Collect} for grading, {@link org.dlkit.hub.Feedback} back to them). Files in a
 * student's home are hostile: they are read and written with the student's own permissions.
 */
package org.dlkit.hub;
