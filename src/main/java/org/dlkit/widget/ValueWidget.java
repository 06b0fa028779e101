package org.dlkit.widget;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A widget that holds one value of type {@code T}: code reads it with {@link #value()}, sets it
 * with {@link #set} (the control moves in the browser), and hears about every change, from code or
 * from the browser, through {@link #onChange}.
 *
 * @param <T> the value's type
 */
public abstract class ValueWidget<T> extends Widget {
  private final List<Consumer<T>> listeners = new CopyOnWriteArrayList<>();

  ValueWidget(String modelName, String viewName) {
    super(modelName, viewName);
  }

  /** Returns the current value. */
  public abstract T value();

  /**
   * Sets the value, moves the control in the browser and runs the listeners.
   *
   * @throws IllegalArgumentException if the value is not one this widget can hold; the message says which are
   */
  public ValueWidget<T> set(T value) {
    put("value", toFrontEnd(check(value)));
    changed();
    return this;
  }

  /** Runs {@code listener} with the new value after every change; returns this widget. */
  public ValueWidget<T> onChange(Consumer<T> listener) {
    if (listener == null) {
      throw new IllegalArgumentException("onChange: the listener is null");
    }
    listeners.add(listener);
    return this;
  }

  /** Returns {@code value} if this widget can hold it, else throws naming the rule. */
  abstract T check(T value);

  /** Returns what the front end holds for {@code value}. */
  abstract Object toFrontEnd(T value);

  /** Returns the value the front end's {@code raw} stands for, or null when it cannot be read. */
  abstract T fromFrontEnd(JsonElement raw);

  @Override
  void receive(JsonObject sync) {
    JsonElement raw = sync.get("value");
    if (raw == null) {
      return;
    }
    T value = fromFrontEnd(raw);
    if (value == null) {
      return;
    }
    try {
      check(value);
    } catch (IllegalArgumentException outOfRange) {
      return;
    }
    accept("value", toFrontEnd(value));
    changed();
  }

  /** Runs the listeners with the current value; one that throws does not stop the others. */
  void changed() {
    T value = value();
    for (Consumer<T> listener : listeners) {
      try {
        listener.accept(value);
      } catch (RuntimeException failed) {
        failed(failed);
      }
    }
  }

  /** Tells about a listener that threw; {@link Interact} shows it under its figure. */
  void failed(RuntimeException failure) {
    System.err.println(describe() + ": a listener failed: " + failure);
  }
}
