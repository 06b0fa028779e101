package org.dlkit.widget;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A button that runs its listeners when clicked, e.g. "train 10 more epochs". */
public final class Button extends Widget implements Styled {
  private final String label;
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  private Button(String label) {
    super("ButtonModel", "ButtonView");
    this.label = label;
    accept("description", label);
    accept("disabled", false);
    accept("button_style", "");
    accept("icon", "");
    accept("tooltip", "");
  }

  /** Returns a button labelled {@code label}. */
  public static Button of(String label) {
    return new Button(label);
  }

  /** Runs {@code listener} at every click; returns this button. */
  public Button onClick(Runnable listener) {
    if (listener == null) {
      throw new IllegalArgumentException("Button \"" + label + "\": the click listener is null");
    }
    listeners.add(listener);
    return this;
  }

  /** Clicks the button from code: runs the listeners as a click in the browser does. */
  public void click() {
    for (Runnable listener : listeners) {
      try {
        listener.run();
      } catch (RuntimeException failed) {
        System.err.println(describe() + ": a click listener failed: " + failed);
      }
    }
  }

  @Override
  public String styleModel() {
    return "ButtonStyleModel";
  }

  @Override
  void receive(JsonObject sync) {}

  @Override
  void event(JsonObject content) {
    if (content.has("event") && "click".equals(content.get("event").getAsString())) {
      click();
    }
  }

  @Override
  public String describe() {
    return "Button(" + label + ")";
  }
}
