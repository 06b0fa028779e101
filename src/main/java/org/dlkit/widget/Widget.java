package org.dlkit.widget;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A control shown in a notebook, mirrored by a model in the browser's Jupyter widgets (the classic
 * notebook's {@code jupyter-js-widgets} 2.1, ipywidgets 6): its state is a map of JSON values that
 * flows both ways, from the kernel when code sets a value and from the browser when a student moves
 * the control.
 *
 * <p>Widgets are created by the factories of each kind ({@link FloatSlider#of}, {@link Box#vertical},
 * ...) and shown with {@link #show()}. Without a front end (a headless run, a kernel without
 * comms) they still work as values, and show as one line of text.
 */
public abstract class Widget {
  private final Map<String, Object> state = new LinkedHashMap<>();
  private volatile String id;

  Widget(String modelName, String viewName) {
    state.put("_model_name", modelName);
    state.put("_view_name", viewName);
    state.put("_dom_classes", List.of());
    state.put("description", "");
  }

  /** Shows this widget (and what it contains) in the running cell's output, and returns it. */
  public Widget show() {
    WidgetHost.current().display(this);
    return this;
  }

  /** Returns the one line this widget shows as text where no widget front end is there. */
  public abstract String describe();

  @Override
  public String toString() {
    return describe();
  }

  /** Returns the widgets this one contains, which open before it; none for a single control. */
  List<Widget> children() {
    return List.of();
  }

  /** Returns a copy of the state to send when the widget opens. */
  synchronized Map<String, Object> state() {
    return new LinkedHashMap<>(state);
  }

  /** Returns one entry of the state. */
  synchronized Object get(String key) {
    return state.get(key);
  }

  /** Sets entries of the state and tells the front end, if the widget is open there. */
  void put(Map<String, Object> changes) {
    synchronized (this) {
      state.putAll(changes);
    }
    if (id != null) {
      WidgetHost.current().update(this, changes);
    }
  }

  /** Sets one entry of the state and tells the front end. */
  void put(String key, Object value) {
    Map<String, Object> change = new LinkedHashMap<>();
    change.put(key, value);
    put(change);
  }

  /** Sets entries of the state from the front end, without sending them back. */
  synchronized void accept(String key, Object value) {
    state.put(key, value);
  }

  /**
   * Takes the state the front end sent ({@code sync_data} of a backbone message) and runs the
   * listeners it concerns.
   */
  abstract void receive(JsonObject sync);

  /** Takes a custom event from the front end (a button's click); ignored by default. */
  void event(JsonObject content) {}

  /** Returns the comm id of this widget's model, or null before it opened. */
  String id() {
    return id;
  }

  /** Records the comm id the host opened this widget's model under. */
  void opened(String commId) {
    this.id = commId;
  }
}
