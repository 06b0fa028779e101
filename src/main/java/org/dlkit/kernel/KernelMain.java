package org.dlkit.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dlkit.notebook.Notebook;

/**
 * Starts dlkit's Jupyter kernel on a connection file and blocks until Jupyter shuts it down;
 * the kernelspec runs {@code java ... org.dlkit.kernel.KernelMain {connection_file}}.
 */
public final class KernelMain {
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
    // Drops (and logs on stderr) malformed, unsigned, unknown or oversized messages, and keeps serving.
    JupyterConnection connection = GuardedConnection.of(properties, KernelLimits.maxMessageBytes(System.getenv()),
        System.err);
    DlkitKernel kernel = new DlkitKernel();
    kernel.becomeHandlerForConnection(connection);
    Notebook.attach(kernel); // dlkit's renderers: arrays, tables, charts, histories, datasets
    org.dlkit.widget.Widgets.listen(); // the browser's widget front end shakes hands as it connects
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

}
