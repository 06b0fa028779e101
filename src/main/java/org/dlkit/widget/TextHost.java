package org.dlkit.widget;

import java.util.Map;

/** The host where no notebook is attached: a widget shows as its one line of text, and changes go nowhere. */
final class TextHost implements WidgetHost {
  static final TextHost INSTANCE = new TextHost();

  private TextHost() {}

  @Override
  public void display(Widget widget) {
    System.out.println(widget.describe());
  }

  @Override
  public void update(Widget widget, Map<String, Object> changes) {}

  @Override
  public boolean live() {
    return false;
  }

  @Override
  public String png(Object figure) {
    return null;
  }
}
