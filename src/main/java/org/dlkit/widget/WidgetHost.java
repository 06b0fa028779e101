package org.dlkit.widget;

import java.util.Map;

/**
 * Where widgets live: the running kernel's comms when dlkit is attached to one, else nowhere (a
 * plain JVM, a headless test), where showing a widget prints its one-line description.
 */
interface WidgetHost {
  /** Opens {@code widget}'s model (and its children's) in the front end if not yet open, and shows its view. */
  void display(Widget widget);

  /** Sends {@code changes} of an open widget's state to the front end. */
  void update(Widget widget, Map<String, Object> changes);

  /** Returns whether a browser that draws widgets is connected, so that controls can redraw a figure. */
  boolean live();

  /** Returns {@code figure} (an XChart chart, or anything dlkit displays) as a base64 PNG, or null when it has no picture. */
  String png(Object figure);

  /** Returns the host for the kernel dlkit is attached to, or the text-only host. */
  static WidgetHost current() {
    return KernelWidgets.host();
  }
}
