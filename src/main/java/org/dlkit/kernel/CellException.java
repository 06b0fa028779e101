package org.dlkit.kernel;

import java.util.List;

/**
 * Reports a failed cell the way Jupyter shows errors: an error name ({@code ename}), a one-line
 * value ({@code evalue}) and the traceback lines.
 *
 * <p>The kernel publishes these three fields as they are, so what a test asserts here is what the
 * student sees in the notebook.
 */
public final class CellException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final List<String> traceback;

  /**
   * Creates the report.
   *
   * @param name the error name, for example {@code java.lang.ArithmeticException}
   * @param value the error message, never null
   * @param traceback the lines shown under the error, without line breaks inside a line
   */
  public CellException(String name, String value, List<String> traceback) {
    super(value);
    this.name = name;
    this.traceback = List.copyOf(traceback);
  }

  /** Returns the error name, Jupyter's {@code ename}. */
  public String name() {
    return name;
  }

  /** Returns the error message, Jupyter's {@code evalue}. */
  public String value() {
    return getMessage();
  }

  /** Returns the traceback lines, Jupyter's {@code traceback}. */
  public List<String> traceback() {
    return traceback;
  }

  /** Returns the report for a cell the user interrupted. */
  static CellException interrupted() {
    return new CellException("InterruptedException", "Interrupted",
        List.of("InterruptedException: the cell was interrupted; the kernel is ready for the next cell"));
  }
}
