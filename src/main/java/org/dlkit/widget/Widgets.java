package org.dlkit.widget;

/**
 * Connects dlkit's widgets to the kernel dlkit is attached to before any widget exists: the browser's
 * widget front end shakes hands with the kernel as soon as it connects, and only a kernel that
 * answered draws live figures. The dlkit kernel calls {@link #listen()} at start.
 */
public final class Widgets {
  private Widgets() {}

  /** Answers the widget front end's version handshake on the attached kernel from now on; harmless when none is attached. */
  public static void listen() {
    WidgetHost.current();
  }
}
