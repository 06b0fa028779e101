package org.dlkit.hub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Finds free TCP ports on this machine. */
public final class Ports {
  private Ports() {}

  /** Returns a port nothing listens on right now. */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("could not find a free port", e);
    }
  }
}
