package org.dlkit.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.dlkit.exercise.Checker;
import org.dlkit.exercise.ExerciseReport;
import org.dlkit.exercise.Feedback;
import org.dlkit.exercise.Suite;
import org.dlkit.train.Progress;

/**
 * Connects dlkit to the Jupyter kernel a notebook runs on: arrays, tensors, tables, charts,
 * datasets and histories display as tables and pictures, training shows one progress bar updated
 * in place, and {@link #check(String)} gives instant feedback on an exercise.
 *
 * <p>The dlkit kernel calls {@link #attach(BaseKernel)} when it starts. A notebook on plain
 * IJava 1.3.0 calls {@link #setup()} once, in its first cell:
 *
 * <pre>{@code
 * %maven org.dlkit:dlkit:0.1.0
 * import org.dlkit.notebook.Notebook;
 * Notebook.setup();
 * }</pre>
 */
public final class Notebook {
  private static BaseKernel kernel;
  private static DisplaySink sink;
  private static final CellLog CELLS = new CellLog();

  private Notebook() {}

  /**
   * Remembers {@code kernel} as the notebook's kernel and registers every dlkit renderer with
   * {@code kernel.getRenderer()}. Attaching the same kernel again does nothing; attaching another
   * kernel replaces the first.
   */
  public static synchronized void attach(BaseKernel kernel) {
    if (kernel == null) {
      throw new IllegalArgumentException("Notebook.attach: the kernel is null");
    }
    if (kernel == Notebook.kernel) {
      return;
    }
    register(kernel.getRenderer());
    Notebook.kernel = kernel;
    Notebook.sink = DisplaySink.of(kernel);
  }

  /**
   * Finds the running IJava kernel by reflection and {@linkplain #attach attaches} to it; for
   * notebooks on IJava 1.3.0 rather than the dlkit kernel. Calling it again does nothing.
   *
   * <p>It tries {@code io.github.spencerpark.ijava.IJava.getKernelInstance()}, then JJava's
   * {@code org.dflib.jjava.JJava.getKernelInstance()} and
   * {@code org.dflib.jjava.jupyter.kernel.BaseKernel.notebookKernel()}. JJava ships its own copy of
   * the Jupyter kernel classes under {@code org.dflib.jjava.jupyter}, so dlkit's renderers cannot
   * plug into it; on JJava this method says so instead of attaching.
   *
   * @throws IllegalStateException if no kernel is running, naming each accessor tried and the result
   */
  public static synchronized void setup() {
    if (kernel != null) {
      return;
    }
    KernelLocator.Found found = KernelLocator.find(KernelLocator.KNOWN);
    if (found.kernel() instanceof BaseKernel base) {
      attach(base);
      return;
    }
    throw new IllegalStateException(String.format("Notebook.setup(): found a %s kernel (%s) but it is not an "
        + "io.github.spencerpark.jupyter.kernel.BaseKernel: JJava relocates the Jupyter kernel classes to "
        + "org.dflib.jjava.jupyter, so dlkit's renderers cannot register with it. Arrays and tables still print "
        + "as text; for pictures and progress bars run the notebook on the dlkit kernel (dlkit notebook) or IJava 1.3.0.",
        found.accessor().kernelName(), found.kernel().getClass().getName()));
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
   * <p>The suite is {@code grader/<lab>}, where {@code <lab>} is the name of the notebook's folder,
   * found in the folder above it or higher up.
   *
   * @throws CheckFailedException when a test fails; the message says which and why
   * @throws IllegalStateException when there is no suite for this notebook, or the kernel does not record cells
   */
  public static void check(String exerciseId) {
    check(exerciseId, Checker.VISIBLE_ONLY, Path.of("").toAbsolutePath(), System.out);
  }

  /** Runs every test of an exercise, hidden ones included, like {@link #check(String)}; for the instructor copy of a lab. */
  public static void checkAll(String exerciseId) {
    check(exerciseId, Checker.ALL, Path.of("").toAbsolutePath(), System.out);
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
    Suite suite = Suite.forNotebookFolder(notebookFolder).orElseThrow(() -> new IllegalStateException(call
        + ": no grader suite for this notebook; looked for grader/" + notebookFolder.getFileName() + " above "
        + notebookFolder + ". Open the notebook from the course folder (./dlkit notebook)."));
    if (!CELLS.isRecording()) {
      throw new IllegalStateException(call + " needs the dlkit kernel, which remembers the cells you ran; on "
          + "another kernel, switch to \"Java (dlkit)\" (Kernel > Change kernel) or grade the saved notebook with ./dlkit grade");
    }
    ExerciseReport report = Checker.of(suite).check(exerciseId, CELLS.exercises(), CELLS.imports(), which);
    String feedback = Feedback.of(report);
    if (!report.passed()) {
      throw new CheckFailedException(feedback);
    }
    out.println(feedback);
  }

  /** Registers every dlkit renderer with {@code renderer}; {@link #attach} does this for a kernel. */
  static void register(Renderer renderer) {
    Renderers.registerAll(renderer);
  }

  /** Returns the kernel dlkit is attached to, or null; for dlkit's widgets, which speak over its comms. */
  public static synchronized BaseKernel attachedKernel() {
    return kernel;
  }

  /**
   * Shows {@code value} as dlkit displays it (a chart as a picture) under a fresh display id, and
   * returns the id; without a kernel, prints it and returns null.
   */
  public static String displayUpdatable(Object value) {
    BaseKernel attached;
    DisplaySink to;
    synchronized (Notebook.class) {
      attached = kernel;
      to = sink;
    }
    if (attached == null) {
      System.out.println(value);
      return null;
    }
    DisplayData data = attached.getRenderer().render(value);
    String id = java.util.UUID.randomUUID().toString();
    data.setDisplayId(id);
    to.display(data);
    return id;
  }

  /** Forgets the attached kernel; for tests. */
  static synchronized void detach() {
    kernel = null;
    sink = null;
  }
}
