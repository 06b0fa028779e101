package org.dlkit.widget;

import com.google.gson.JsonObject;

/** A line of text the kernel writes, e.g. the error of a figure that failed to draw. */
public final class Label extends Widget {
  private Label(String text) {
    super("LabelModel", "LabelView");
    accept("value", text);
    accept("placeholder", "\u200b");
    accept("disabled", false);
  }

  /** Returns a label showing {@code text}. */
  public static Label of(String text) {
    return new Label(text == null ? "" : text);
  }

  /** Returns the text shown. */
  public String text() {
    return (String) get("value");
  }

  /** Shows {@code text} instead. */
  public void text(String text) {
    put("value", text == null ? "" : text);
  }

  @Override
  void receive(JsonObject sync) {}

  @Override
  public String describe() {
    return text();
  }
}
