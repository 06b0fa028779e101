package org.dlkit.widget;

import com.google.gson.JsonElement;
import java.util.List;

/** A choice of one among named options, e.g. the optimizer: "SGD", "momentum", "Adam". */
public final class Dropdown extends ValueWidget<String> {
  private final String label;
  private final List<String> options;

  private Dropdown(String label, List<String> options, String value) {
    super("DropdownModel", "DropdownView");
    this.label = label;
    this.options = options;
    accept("description", label);
    accept("disabled", false);
    accept("_options_labels", options);
    accept("value", value);
  }

  /**
   * Returns a dropdown named {@code description} over {@code options}, showing the first.
   *
   * @throws IllegalArgumentException if there are no options, or one repeats
   */
  public static Dropdown of(String description, String... options) {
    List<String> list = List.of(options);
    if (list.isEmpty() || list.stream().distinct().count() != list.size()) {
      throw new IllegalArgumentException("Dropdown \"" + description + "\": needs at least one option and no option "
          + "twice, got " + list);
    }
    return new Dropdown(description, list, list.get(0));
  }

  @Override
  public String value() {
    return (String) get("value");
  }

  @Override
  String check(String value) {
    if (!options.contains(value)) {
      throw new IllegalArgumentException("Dropdown \"" + label + "\": \"" + value + "\" is not one of " + options);
    }
    return value;
  }

  @Override
  Object toFrontEnd(String value) {
    return value;
  }

  @Override
  String fromFrontEnd(JsonElement raw) {
    return raw.isJsonPrimitive() ? raw.getAsString() : null;
  }

  @Override
  public String describe() {
    return "Dropdown(" + label + " = " + value() + ", one of " + options + ")";
  }
}
