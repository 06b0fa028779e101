package org.dlkit.kernel;

import io.github.spencerpark.jupyter.channels.StdinChannel;
import io.github.spencerpark.jupyter.messages.HMACGenerator;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import org.zeromq.ZMQ;

/**
 * The stdin channel of a {@link GuardedConnection}: while a cell waits for input it reads
 * through {@link GuardedFrames}, dropping malformed messages and any reply but the awaited one,
 * where the base channel threw and failed the cell.
 */
final class GuardedStdinChannel extends StdinChannel {
  private final GuardedFrames frames;

  GuardedStdinChannel(ZMQ.Context context, HMACGenerator signer, InboundMessageDecoder decoder, DroppedMessageLog log) {
    super(context, signer);
    this.frames = GuardedFrames.of(this, "stdin", decoder, log);
    frames.limitFrameSize();
  }

  @Override
  public synchronized Message<?> readMessage() {
    Message<?> message = null;
    while (message == null && !closed) {
      message = frames.readOrDrop();
    }
    return message;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Message<T> readMessage(MessageType<T> type) {
    while (true) {
      Message<?> message = readMessage();
      if (message == null || message.getHeader().getType() == type) {
        return (Message<T>) message;
      }
    }
  }
}
