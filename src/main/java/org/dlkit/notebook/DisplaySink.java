package org.dlkit.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;

/**
 * Where in-place displays go: {@link #display} shows a bundle that carries a display id, and
 * {@link #update} replaces what an earlier display with that id shows. A kernel is one; tests
 * record the calls.
 */
interface DisplaySink {
  /** Shows {@code data}, which carries its display id, in the running cell's output. */
  void display(DisplayData data);

  /** Replaces the output shown under display {@code id} with {@code data}. */
  void update(String id, DisplayData data);

  /**
   * Returns a sink that publishes through {@code kernel}: {@code display} calls
   * {@link BaseKernel#display}, {@code update} its display stream's {@code updateDisplay(id, data)}
   * (BaseKernel 2.3.0 has no update method of its own; IJava's {@code updateDisplay} goes the same way).
   */
  static DisplaySink of(BaseKernel kernel) {
    return new DisplaySink() {
      @Override
      public void display(DisplayData data) {
        kernel.display(data);
      }

      @Override
      public void update(String id, DisplayData data) {
        kernel.getIO().display.updateDisplay(id, data);
      }
    };
  }
}
