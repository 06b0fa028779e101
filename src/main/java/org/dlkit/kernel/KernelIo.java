package org.dlkit.kernel;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.JupyterIO;
import java.nio.charset.StandardCharsets;

/**
 * Connects the kernel's stdout, stderr, stdin and display stream to the Jupyter request being
 * executed, so cell output streams to the notebook as it is printed.
 */
final class KernelIo extends JupyterIO {
  KernelIo() {
    super(StandardCharsets.UTF_8);
  }

  /** Sends output to {@code env}, the environment of the execute request now running. */
  void attach(ShellReplyEnvironment env, boolean stdinAllowed) {
    setEnv(env);
    setJupyterInEnabled(stdinAllowed);
  }

  /** Stops sending output to {@code env}, flushing what is buffered. */
  void detach(ShellReplyEnvironment env) {
    retractEnv(env);
  }
}
