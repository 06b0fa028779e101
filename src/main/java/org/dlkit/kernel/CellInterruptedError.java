package org.dlkit.kernel;

/**
 * Signals that the user interrupted the running cell; thrown by {@link Interrupts#check()}.
 *
 * <p>It is an {@link Error}, not an exception, so that cell code catching {@code Exception} does
 * not swallow it; the flag stays set until the cell ends, so even a {@code catch (Throwable t)}
 * inside a loop is interrupted again at the next back edge.
 */
public final class CellInterruptedError extends Error {
  private static final long serialVersionUID = 1L;

  /** Creates the error without a stack trace, which nobody reads. */
  public CellInterruptedError() {
    super("Interrupted", null, false, false);
  }
}
