package org.dlkit.kernel;

/**
 * Thrown by {@link InboundMessageDecoder} when a message read from a Jupyter socket cannot be
 * trusted or understood; its message names what was wrong, for the kernel's log.
 */
final class MalformedMessageException extends Exception {
  private static final long serialVersionUID = 1L;

  MalformedMessageException(String reason) {
    super(reason, null, false, false);
  }
}
