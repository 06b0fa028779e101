package org.dlkit.kernel;

/**
 * Holds the kernel's interrupt flag, which instrumented cell code polls at every loop back edge
 * and method entry.
 *
 * <p>{@link LoopInstrumenter} inserts a call to {@link #check()} into every class a cell defines.
 * When the user presses "interrupt", the kernel calls {@link #request()}, and the next check in
 * cell code throws {@link CellInterruptedError}. This stops busy loops on every JDK, including
 * those without {@code Thread.stop}.
 */
public final class Interrupts {
  private static volatile boolean requested;

  private Interrupts() {}

  /**
   * Throws {@link CellInterruptedError} if an interrupt was requested; otherwise returns at once.
   * Called from instrumented cell code, so it must stay public and cheap.
   */
  public static void check() {
    if (requested) {
      throw new CellInterruptedError();
    }
  }

  /** Asks running cell code to stop at its next check. */
  static void request() {
    requested = true;
  }

  /** Clears the request, before and after each cell. */
  static void clear() {
    requested = false;
  }

  /** Returns whether an interrupt is pending. */
  static boolean isRequested() {
    return requested;
  }
}
