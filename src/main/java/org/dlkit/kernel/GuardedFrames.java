package org.dlkit.kernel;

import io.github.spencerpark.jupyter.messages.Message;
import java.util.ArrayList;
import java.util.List;
import org.zeromq.ZMQ;

/**
 * Reads whole multipart messages from one Jupyter socket and decodes them, logging and dropping
 * those its {@link InboundMessageDecoder} rejects. Frames past the size limit are read (so the
 * next message starts where it should) but not kept.
 */
final class GuardedFrames {
  private final ZMQ.Socket socket;
  private final String channel;
  private final InboundMessageDecoder decoder;
  private final DroppedMessageLog log;

  private GuardedFrames(ZMQ.Socket socket, String channel, InboundMessageDecoder decoder, DroppedMessageLog log) {
    this.socket = socket;
    this.channel = channel;
    this.decoder = decoder;
    this.log = log;
  }

  /** Returns a reader of {@code socket}, the kernel's {@code channel} channel. */
  static GuardedFrames of(ZMQ.Socket socket, String channel, InboundMessageDecoder decoder, DroppedMessageLog log) {
    return new GuardedFrames(socket, channel, decoder, log);
  }

  /**
   * Makes ZeroMQ refuse any single frame over the message limit (it disconnects the sender
   * instead of buffering it); call before binding.
   */
  void limitFrameSize() {
    socket.setMaxMsgSize(decoder.maxBytes());
  }

  /**
   * Reads one multipart message, blocking until it arrives, and returns it decoded; returns null
   * when it was dropped (and logged).
   */
  Message<?> readOrDrop() {
    List<byte[]> frames = new ArrayList<>();
    long total = 0;
    synchronized (socket) {
      do {
        byte[] frame = socket.recv();
        if (frame == null) {
          return null; // socket closed or timed out: nothing was read
        }
        total += frame.length;
        if (total <= decoder.maxBytes()) {
          frames.add(frame);
        }
      } while (socket.hasReceiveMore());
    }
    if (total > decoder.maxBytes()) {
      log.dropped(channel, "it has " + total + " bytes, over the limit of " + decoder.maxBytes()
          + " (raise it with " + KernelLimits.MAX_MESSAGE_ENV + ", in MB)");
      return null;
    }
    try {
      return decoder.decode(frames);
    } catch (MalformedMessageException e) {
      log.dropped(channel, e.getMessage());
      return null;
    }
  }

  /** Logs a failure while handling a message that was accepted, so the channel can go on. */
  void logFailure(Throwable failure) {
    log.dropped(channel, "handling it failed: " + failure);
  }
}
