/**
 * Exercises and their verdict, one way through, shared by the notebook's {@code check()} and the
 * autograder:
 *
 * <ol>
 *   <li><b>read</b>: {@link org.dlkit.exercise.Suite} reads a lab's grader suite once (its test
 *       classes, their outlines with names, points and visibility, the support classes a test
 *       reaches) and {@link org.dlkit.exercise.NotebookFile} reads a saved notebook;</li>
 *   <li><b>collect</b>: {@link org.dlkit.exercise.ExerciseCell} is one exercise cell, and
 *       {@link org.dlkit.exercise.ExerciseCell#latest} says which cell counts (the latest wins), for
 *       a notebook file and for the cells a kernel ran alike;</li>
 *   <li><b>compile</b> and <b>plan</b>: {@link org.dlkit.exercise.SuiteCompiler} compiles the cells
 *       into {@code Submission} (through {@code SubmissionCompiler}, with the
 *       {@link org.dlkit.exercise.BytecodePolicy}) and the selected tests, and returns the plan,
 *       {@link org.dlkit.exercise.Prepared}; it never runs anything;</li>
 *   <li><b>run</b>: a {@link org.dlkit.exercise.TestRun} runs the plan's tests, each through the JUnit
 *       adapter {@link org.dlkit.exercise.TestRunner}: {@link org.dlkit.exercise.InProcessRun} in this
 *       JVM for {@code check()}, the grader's {@code SandboxRun} in a sandboxed JVM;</li>
 *   <li><b>verdict</b>: {@link org.dlkit.exercise.Prepared#reports} turns the outcomes into one
 *       {@link org.dlkit.exercise.ExerciseReport} per exercise; it is the only place that does.</li>
 * </ol>
 *
 * <p>{@link org.dlkit.exercise.Checker} is the notebook's façade over these stages. The grader
 * suites share {@link org.dlkit.exercise.GraderAssertions}, so that every lab words its failures alike.
 */
package org.dlkit.exercise;
