package org.dlkit.notebook;

/**
 * Where dlkit's displays go: {@link #display} shows a bundle (one that carries a display id can be
 * replaced later) and {@link #update} replaces what an earlier display with that id shows. A
 * {@link KernelBridge} is one; tests record the calls.
 */
interface DisplaySink {
  /** Shows {@code bundle} in the running cell's output. */
  void display(MimeBundle bundle);

  /** Replaces the output shown under display {@code id} with {@code bundle}. */
  void update(String id, MimeBundle bundle);
}
