package org.dlkit.widget;

import com.google.gson.JsonElement;

/** A yes-or-no switch, e.g. "show the gradients". */
public final class Checkbox extends ValueWidget<Boolean> {
  private final String label;

  private Checkbox(String label, boolean value) {
    super("CheckboxModel", "CheckboxView");
    this.label = label;
    accept("description", label);
    accept("disabled", false);
    accept("value", value);
  }

  /** Returns a checkbox named {@code description}, ticked when {@code value}. */
  public static Checkbox of(String description, boolean value) {
    return new Checkbox(description, value);
  }

  @Override
  public Boolean value() {
    return (Boolean) get("value");
  }

  @Override
  Boolean check(Boolean value) {
    if (value == null) {
      throw new IllegalArgumentException("Checkbox \"" + label + "\": the value is true or false, not null");
    }
    return value;
  }

  @Override
  Object toFrontEnd(Boolean value) {
    return value;
  }

  @Override
  Boolean fromFrontEnd(JsonElement raw) {
    return raw.isJsonPrimitive() && raw.getAsJsonPrimitive().isBoolean() ? raw.getAsBoolean() : null;
  }

  @Override
  public String describe() {
    return "Checkbox(" + label + " = " + value() + ")";
  }
}
