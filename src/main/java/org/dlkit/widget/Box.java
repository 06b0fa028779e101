package org.dlkit.widget;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.stream.Collectors;

/** Widgets laid out in a row ({@link #horizontal}) or a column ({@link #vertical}). */
public final class Box extends Widget {
  private final List<Widget> children;
  private final boolean row;

  private Box(boolean row, List<Widget> children) {
    super(row ? "HBoxModel" : "VBoxModel", row ? "HBoxView" : "VBoxView");
    this.row = row;
    this.children = children;
    accept("box_style", "");
  }

  /** Returns the widgets side by side. */
  public static Box horizontal(Widget... children) {
    return new Box(true, checked(children));
  }

  /** Returns the widgets one above the other. */
  public static Box vertical(Widget... children) {
    return new Box(false, checked(children));
  }

  private static List<Widget> checked(Widget[] children) {
    for (int i = 0; i < children.length; i++) {
      if (children[i] == null) {
        throw new IllegalArgumentException("Box: widget " + i + " of " + children.length + " is null");
      }
    }
    return List.of(children);
  }

  @Override
  List<Widget> children() {
    return children;
  }

  @Override
  synchronized java.util.Map<String, Object> state() {
    java.util.Map<String, Object> state = super.state();
    state.put("children", children.stream().map(c -> "IPY_MODEL_" + c.id()).toList());
    return state;
  }

  @Override
  void receive(JsonObject sync) {}

  @Override
  public String describe() {
    return children.stream().map(Widget::describe).collect(Collectors.joining(row ? "  " : "\n"));
  }
}
