package org.dlkit.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts dlkit's Jupyter kernel on a connection file and blocks until Jupyter shuts it down;
 * the kernelspec runs {@code java ... org.dlkit.kernel.KernelMain {connection_file}}.
 */
public final class KernelMain {
  private static final String NOTEBOOK = "org.dlkit.notebook.Notebook";
  /** Held so the logger, and thus its level, is not garbage collected. */
  private static final Logger ROOT_LOGGER = Logger.getLogger("");

  private KernelMain() {}

  /**
   * Runs the kernel.
   *
   * @param args one argument: the path of the connection file Jupyter wrote
   */
  public static void main(String[] args) throws IOException, GeneralSecurityException {
    if (args.length != 1) {
      System.err.println("usage: java -cp <dlkit class path> org.dlkit.kernel.KernelMain <connection-file>");
      System.exit(2);
    }
    System.setProperty("java.awt.headless", "true");
    quietLogging();
    KernelConnectionProperties properties = KernelConnectionProperties.parse(Files.readString(Path.of(args[0])));
    JupyterConnection connection = new JupyterConnection(properties);
    DlkitKernel kernel = new DlkitKernel();
    kernel.becomeHandlerForConnection(connection);
    attachNotebook(kernel);
    connection.connect();
    connection.waitUntilClose();
    System.exit(0);
  }

  /**
   * Raises java.util.logging's root level to SEVERE, so libraries' warnings (netlib's "failed to
   * load implementation", for example) do not flood cell output.
   */
  static void quietLogging() {
    ROOT_LOGGER.setLevel(Level.SEVERE);
    for (Handler handler : ROOT_LOGGER.getHandlers()) {
      handler.setLevel(Level.SEVERE);
    }
  }

  /**
   * Calls {@code org.dlkit.notebook.Notebook.attach(kernel)} when that class is on the class path,
   * which registers dlkit's renderers; without it the kernel still runs, with plain renderers.
   */
  static void attachNotebook(BaseKernel kernel) {
    try {
      Class.forName(NOTEBOOK).getMethod("attach", BaseKernel.class).invoke(null, kernel);
    } catch (ClassNotFoundException e) {
      // no notebook package in this build: values render as text
    } catch (InvocationTargetException e) {
      System.err.println("dlkit kernel: " + NOTEBOOK + ".attach failed: " + e.getCause());
    } catch (ReflectiveOperationException e) {
      System.err.println("dlkit kernel: " + NOTEBOOK + " has no public static attach(BaseKernel): " + e);
    }
  }
}
