package org.dlkit.kernel;

import java.lang.reflect.Method;
import java.util.Map;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs cell code in the kernel's own JVM, on the thread that evaluates the cell, and keeps the
 * object each snippet produced so the kernel can render it (JShell itself only passes a string).
 */
final class CellExecutionControl extends DirectExecutionControl {
  private final SnippetLoader loader;
  private volatile Object lastValue;

  CellExecutionControl(SnippetLoader loader) {
    super(loader);
    this.loader = loader;
  }

  /** Returns the class loader that defines cell classes. */
  ClassLoader classLoader() {
    return loader.classLoader();
  }

  /** Returns the object the last invoked snippet produced (null for statements). */
  Object lastValue() {
    return lastValue;
  }

  @Override
  protected String invoke(Method doit) throws Exception {
    lastValue = null;
    Object value = doit.invoke(null);
    lastValue = value;
    return ""; // JShell's value string is never shown; skipping toString() keeps big values cheap
  }

  /** Hands one {@link CellExecutionControl} to the JShell it is built for. */
  static final class Provider implements ExecutionControlProvider {
    private final CellExecutionControl control;

    Provider(CellExecutionControl control) {
      this.control = control;
    }

    @Override
    public String name() {
      return "dlkit";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
      return control;
    }
  }
}
