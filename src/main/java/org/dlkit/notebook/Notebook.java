package org.dlkit.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.io.PrintStream;
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
   * Checks the student's solution to exercise {@code exerciseId} (e.g. {@code "perceptron"}): it
   * will run that exercise's visible tests in this JVM against the definitions in the notebook and
   * print one line per test, passed or failed, with a hint for each failure. Hidden tests run only
   * when the notebook is graded.
   *
   * <p>For now it prints that the checks arrive with the autograder (issue #6).
   */
  public static void check(String exerciseId) {
    check(exerciseId, System.out);
  }

  static void check(String exerciseId, PrintStream out) {
    out.println("check(\"" + exerciseId + "\"): the exercise checks arrive with the autograder issue (#6)");
  }

  /** Runs every test of an exercise, hidden ones included; for the instructor copy of a lab. */
  public static void checkAll(String exerciseId) {
    check(exerciseId, System.out);
  }

  /** Registers every dlkit renderer with {@code renderer}; {@link #attach} does this for a kernel. */
  static void register(Renderer renderer) {
    Renderers.registerAll(renderer);
  }

  /** Forgets the attached kernel; for tests. */
  static synchronized void detach() {
    kernel = null;
    sink = null;
  }
}
