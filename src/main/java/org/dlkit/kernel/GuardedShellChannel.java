package org.dlkit.kernel;

import io.github.spencerpark.jupyter.channels.ShellChannel;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import org.zeromq.ZMQ;

/**
 * The shell or control channel of a {@link GuardedConnection}: like the base kernel's
 * {@link ShellChannel}, but every message is read through {@link GuardedFrames} and an
 * {@link InboundMessageDecoder}, so a malformed, unsigned, unknown or oversized message is logged
 * and dropped and the channel keeps serving (the base channel's thread died on the first one).
 */
final class GuardedShellChannel extends ShellChannel {
  private static final int POLL_MILLIS = 100;

  private final String name;
  private final GuardedConnection connection;
  private final GuardedFrames frames;
  private volatile Thread loop;
  private volatile boolean running;

  GuardedShellChannel(ZMQ.Context context, HMACGenerator signer, boolean control, GuardedConnection connection,
      InboundMessageDecoder decoder, DroppedMessageLog log) {
    super(context, signer, control, connection);
    this.name = control ? "control" : "shell";
    this.connection = connection;
    this.frames = GuardedFrames.of(this, name, decoder, log);
  }

  @Override
  public void bind(KernelConnectionProperties properties) {
    if (loop != null) {
      throw new IllegalStateException("the " + name + " channel is already bound");
    }
    int port = "control".equals(name) ? properties.getControlPort() : properties.getShellPort();
    frames.limitFrameSize();
    bind(properties.getTransport() + "://" + properties.getIp() + ":" + port);
    ZMQ.Poller poller = ctx.poller(1);
    poller.register(this, ZMQ.Poller.POLLIN);
    running = true;
    loop = new Thread(() -> serve(poller), "dlkit-" + name);
    loop.start();
  }

  private void serve(ZMQ.Poller poller) {
    while (running) {
      try {
        if (poller.poll(POLL_MILLIS) > 0) {
          Message<?> message = frames.readOrDrop();
          if (message != null) {
            handle(message);
          }
        }
      } catch (RuntimeException e) {
        if (running) {
          frames.logFailure(e);
        }
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void handle(Message<?> message) {
    ShellHandler handler = connection.getHandler(message.getHeader().getType());
    ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
    try {
      handler.handle(env, message);
    } catch (Exception e) {
      frames.logFailure(e);
    } finally {
      env.resolveDeferrals();
    }
    if (env.isMarkedForShutdown()) {
      running = false;
      connection.close();
    }
  }

  @Override
  public synchronized Message<?> readMessage() {
    return frames.readOrDrop();
  }

  @Override
  public void close() {
    running = false;
    Thread thread = loop;
    if (thread != null && thread != Thread.currentThread()) {
      try {
        thread.join(2 * POLL_MILLIS + 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    super.close();
  }

  @Override
  public void waitUntilClose() {
    Thread thread = loop;
    if (thread != null) {
      try {
        thread.join();
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
