package org.dlkit.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageContext;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.publish.PublishStatus;
import java.io.PrintStream;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import org.zeromq.ZMQ;

/**
 * The kernel's Jupyter connection: the base kernel's, with the shell, control and stdin channels
 * replaced by guarded ones that drop (and log on {@code log}) messages that are malformed,
 * unsigned, of an unknown type or over the size limit, and keep serving.
 *
 * <p>On one server any user can reach a classmate's kernel ports on loopback, so a channel that
 * stopped on one bad message was a denial of service. The base class still creates its own
 * shell, control and stdin sockets; they are never bound, and are closed with the connection.
 */
final class GuardedConnection extends JupyterConnection {
  private final ZMQ.Context context = ZMQ.context(1);
  private final KernelConnectionProperties properties;
  private final GuardedShellChannel guardedShell;
  private final GuardedShellChannel guardedControl;
  private final GuardedStdinChannel guardedStdin;
  private boolean connected;
  private boolean closed;

  private GuardedConnection(KernelConnectionProperties properties, long maxMessageBytes, PrintStream log)
      throws NoSuchAlgorithmException, InvalidKeyException {
    super(properties);
    this.properties = properties;
    HMACGenerator signer = properties.createHMACGenerator();
    DroppedMessageLog dropped = DroppedMessageLog.to(log);
    InboundMessageDecoder requests = InboundMessageDecoder.of(signer, maxMessageBytes, type -> getHandler(type) != null);
    InboundMessageDecoder inputReplies = InboundMessageDecoder.of(signer, maxMessageBytes,
        type -> type == MessageType.INPUT_REPLY);
    this.guardedShell = new GuardedShellChannel(context, signer, false, this, requests, dropped);
    this.guardedControl = new GuardedShellChannel(context, signer, true, this, requests, dropped);
    this.guardedStdin = new GuardedStdinChannel(context, signer, inputReplies, dropped);
  }

  /**
   * Returns a connection on {@code properties} that reads messages of up to
   * {@code maxMessageBytes} and logs the ones it drops on {@code log}.
   */
  static GuardedConnection of(KernelConnectionProperties properties, long maxMessageBytes, PrintStream log)
      throws NoSuchAlgorithmException, InvalidKeyException {
    return new GuardedConnection(properties, maxMessageBytes, log);
  }

  @Override
  public synchronized void connect() {
    if (connected) {
      return;
    }
    heartbeat.bind(properties);
    guardedShell.bind(properties);
    guardedControl.bind(properties);
    guardedStdin.bind(properties);
    iopub.bind(properties);
    getIOPub().sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    connected = true;
  }

  @Override
  public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext request) {
    return new ShellReplyEnvironment(shell, guardedStdin, iopub, request) {};
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    guardedShell.close();
    guardedControl.close();
    guardedStdin.close();
    context.close();
    super.close();
  }

  @Override
  public void waitUntilClose() {
    guardedShell.waitUntilClose();
    guardedControl.waitUntilClose();
  }
}
