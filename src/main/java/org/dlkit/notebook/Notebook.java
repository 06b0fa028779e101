package org.dlkit.notebook;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Predicate;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.Prediction;
import org.dlkit.exercise.Suite;
import org.dlkit.train.Progress;

/**
 * Connects dlkit to the Jupyter kernel a notebook runs on: arrays, tensors, tables, charts,
 * datasets and histories display as tables and pictures, training shows one progress bar updated
 * in place, and {@link #check(String)} gives instant feedback on an exercise.
 *
 * <p>The dlkit kernel calls {@link #attach(Object)} when it starts. A notebook on IJava 1.3.0 or
 * JJava calls {@link #setup()} once, in its first cell (on the dlkit kernel it does nothing):
 *
 * <pre>{@code
 * %classpath ../../target/dlkit.jar ../../target/lib/*.jar
 * import static org.dlkit.notebook.Notebook.*;
 * setup();
 * }</pre>
 *
 * <p>All three kernels are reached through one {@link KernelBridge}, by reflection on the kernel's
 * own display API, so dlkit needs none of their classes.
 */
public final class Notebook {
  private static Object kernel;
  private static KernelBridge sink;
  private static final CellLog CELLS = new CellLog();
  private static final Predictions PREDICTIONS = new Predictions();
  private static String kernelName = "this kernel";

  private Notebook() {}

  /**
   * Remembers {@code kernel} as the notebook's kernel and registers every dlkit renderer with
   * {@code kernel.getRenderer()}. Attaching the same kernel again does nothing; attaching another
   * kernel replaces the first.
   *
   * @param kernel a kernel built on jupyter-jvm-basekernel: dlkit's, IJava's, or JJava's relocated copy
   * @throws IllegalArgumentException if {@code kernel} is null or not such a kernel
   */
  public static synchronized void attach(Object kernel) {
    if (kernel == null) {
      throw new IllegalArgumentException("Notebook.attach: the kernel is null");
    }
    if (kernel == Notebook.kernel) {
      return;
    }
    KernelBridge bridge = KernelBridge.of(kernel);
    bridge.registerAll(Renderers.all());
    Notebook.kernel = kernel;
    Notebook.sink = bridge;
  }

  /**
   * Finds the running IJava kernel by reflection and {@linkplain #attach attaches} to it; for
   * notebooks on IJava 1.3.0 rather than the dlkit kernel. Calling it again does nothing.
   *
   * <p>It tries {@code io.github.spencerpark.ijava.IJava.getKernelInstance()}, then JJava's
   * {@code org.dflib.jjava.jupyter.kernel.BaseKernel.notebookKernel()}; JJava's relocated kernel
   * classes are reached by the same reflection as IJava's.
   *
   * @throws IllegalStateException if no kernel is running, naming each accessor tried and the result
   */
  public static synchronized void setup() {
    if (kernel != null) {
      return;
    }
    KernelLocator.Found found = KernelLocator.find(KernelLocator.KNOWN);
    attach(found.kernel());
    kernelName = found.accessor().kernelName();
  }

  /** Returns true when a kernel is attached, so displays reach the notebook. */
  public static synchronized boolean isAttached() {
    return kernel != null;
  }

  /**
   * Returns a progress for {@code Trainer.progress(...)}: one bar updated in place in the notebook
   * when a kernel is attached, otherwise {@link Progress#console()}. Use a new one for each fit.
   */
  public static synchronized Progress progress() {
    return sink == null ? Progress.console() : new NotebookProgress(sink, System::nanoTime);
  }

  /**
   * Checks the student's solution to exercise {@code exerciseId} (e.g. {@code "perceptron"}): runs
   * that exercise's visible tests from the lab's grader suite in this JVM, against the exercise
   * cells as last run, and prints one line per test. Hidden tests run only when the notebook is graded.
   *
   * <p>The result shows as a panel (see {@link CheckPanel}). The suite is {@code grader/<lab>}, where
   * {@code <lab>} is the name of the notebook's folder, found in the folder above it or higher up.
   * On a kernel that does not pass its cells to dlkit (IJava, JJava) it prints a one-line note on
   * how to check instead, and returns.
   *
   * @throws CheckFailed when a test fails, after the panel has said which and why
   * @throws IllegalStateException when there is no suite for this notebook
   */
  public static void check(String exerciseId) {
    check(exerciseId, Checker.VISIBLE_ONLY, Path.of("").toAbsolutePath(), System.out);
  }

  /** Runs every test of an exercise, hidden ones included, like {@link #check(String)}; for the instructor copy of a lab. */
  public static void checkAll(String exerciseId) {
    check(exerciseId, Checker.ALL, Path.of("").toAbsolutePath(), System.out);
  }

  /**
   * Records the student's prediction {@code id} before an experiment runs, for example
   * {@code predict("lr-diverges", "diverges")} or {@code predict("largest-stable-lr", 0.5)}: words
   * in quotes for a choice, a number for a quantity. It prints that the prediction was recorded (or,
   * for {@code ""}, what to write); {@code check(id)} after the experiment scores it and explains the
   * outcome. The grader reads the answer from the cell's text, so keep it a literal.
   *
   * @throws IllegalArgumentException if the id is blank or the answer is neither words, a number nor a boolean
   */
  public static void predict(String id, Object answer) {
    System.out.println(PREDICTIONS.record(id, answer));
  }

  /**
   * Remembers a cell the kernel is about to run, so that {@link #check(String)} can compile the
   * exercise cells as the student last ran them. The dlkit kernel calls this for every cell.
   */
  public static void recordCell(String code) {
    CELLS.record(code);
  }

  static void check(String exerciseId, Predicate<String> which, Path notebookFolder, PrintStream out) {
    String call = "check(\"" + exerciseId + "\")";
    java.util.Optional<org.dlkit.exercise.ExerciseCell> predicted = PREDICTIONS.cell(exerciseId);
    if (!CELLS.isRecording() && predicted.isEmpty()) {
      out.println(call + ": not checked on " + kernelName + ", which does not pass your cells to dlkit; switch "
          + "to \"Java (dlkit)\" (Kernel > Change kernel), or save and grade the notebook: ./dlkit grade --lab "
          + notebookFolder.getFileName() + " <folder holding it>");
      return;
    }
    Suite suite = Suite.forNotebookFolder(notebookFolder).orElseThrow(() -> new IllegalStateException(call
        + ": no grader suite for this notebook; looked for grader/" + notebookFolder.getFileName() + " above "
        + notebookFolder + ". Open the notebook from the course folder (./dlkit notebook)."));
    java.util.List<org.dlkit.exercise.ExerciseCell> cells = new java.util.ArrayList<>(CELLS.exercises());
    predicted.filter(cell -> !CELLS.isRecording()).ifPresent(cells::add);
    Prediction.forget(exerciseId);
    ExerciseReport report = Checker.of(suite).check(exerciseId, cells, CELLS.imports(), which);
    MimeBundle panel = CheckPanel.of(report, Prediction.explanation(exerciseId));
    DisplaySink display = currentSink();
    if (display == null) {
      out.println(panel.data().get("text/plain"));
    } else {
      display.display(panel);
    }
    if (!report.passed()) {
      throw new CheckFailed(report.failures(), report.results().size());
    }
  }

  private static synchronized DisplaySink currentSink() {
    return sink;
  }

  /**
   * Registers every dlkit renderer with {@code renderer}, an instance of any copy of
   * jupyter-jvm-basekernel's {@code display.Renderer}; {@link #attach} does this for a kernel.
   */
  static void register(Object renderer) {
    Renderers.all().forEach(rendering -> KernelBridge.register(renderer, rendering));
  }

  /**
   * Returns the kernel dlkit is attached to (IJava's, JJava's or dlkit's own kernel object), or
   * null; for dlkit's widgets, which speak over its comms where it is a jupyter-jvm-basekernel one.
   */
  public static synchronized Object attachedKernel() {
    return kernel;
  }

  /**
   * Shows {@code value} as dlkit displays it (a chart as a picture) under a fresh display id, and
   * returns the id; without a kernel, prints it and returns null.
   */
  public static String displayUpdatable(Object value) {
    DisplaySink to = currentSink();
    if (to == null) {
      System.out.println(value);
      return null;
    }
    String id = java.util.UUID.randomUUID().toString();
    to.display(bundleOf(value).withDisplayId(id));
    return id;
  }

  /** Returns {@code value}'s picture as base64 PNG (a chart's), or null when dlkit draws it as no picture. */
  public static String png(Object value) {
    return bundleOf(value).data().get(Renderers.PNG);
  }

  /** Returns the forms dlkit displays {@code value} in by default; its text when no rendering takes it. */
  static MimeBundle bundleOf(Object value) {
    for (Rendering<?> rendering : Renderers.all()) {
      if (rendering.type().isInstance(value)) {
        Map<String, java.util.function.Supplier<String>> forms = rendering.formsOf(value);
        Map<String, String> data = new java.util.LinkedHashMap<>();
        rendering.preferred().forEach(type -> {
          if (forms.containsKey(type)) {
            data.put(type, forms.get(type).get());
          }
        });
        if (!data.isEmpty()) {
          return new MimeBundle(data, java.util.Optional.empty());
        }
      }
    }
    return new MimeBundle(Map.of(Renderers.TEXT, String.valueOf(value)), java.util.Optional.empty());
  }

  /** Forgets the attached kernel and the recorded cells; for tests. */
  static synchronized void detach() {
    kernel = null;
    sink = null;
    kernelName = "this kernel";
    CELLS.clear();
    PREDICTIONS.clear();
  }
}
