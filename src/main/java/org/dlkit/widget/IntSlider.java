package org.dlkit.widget;

import com.google.gson.JsonElement;
import java.util.Locale;

/** A slider over whole numbers from {@code min} to {@code max}, e.g. a batch size or a number of epochs. */
public final class IntSlider extends ValueWidget<Integer> implements Styled {
  private final String label;
  private final int min;
  private final int max;

  private IntSlider(String label, int min, int max, int value, int step) {
    super("IntSliderModel", "IntSliderView");
    this.label = label;
    this.min = min;
    this.max = max;
    accept("description", label);
    accept("orientation", "horizontal");
    accept("continuous_update", true);
    accept("readout", true);
    accept("readout_format", "d");
    accept("_range", false);
    accept("disabled", false);
    accept("min", min);
    accept("max", max);
    accept("step", step);
    accept("value", value);
  }

  /**
   * Returns a slider named {@code description} from {@code min} to {@code max} at {@code value}, in steps of 1.
   *
   * @throws IllegalArgumentException if {@code min >= max} or the value lies outside
   */
  public static IntSlider of(String description, int min, int max, int value) {
    if (min >= max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "IntSlider \"%s\": needs min < max, got min %d "
          + "and max %d", description, min, max));
    }
    IntSlider slider = new IntSlider(description, min, max, min, 1);
    slider.check(value);
    slider.accept("value", value);
    return slider;
  }

  /**
   * Returns this slider moving in steps of {@code step}.
   *
   * @throws IllegalArgumentException if the step is not positive
   */
  public IntSlider step(int step) {
    if (step <= 0) {
      throw new IllegalArgumentException("IntSlider \"" + label + "\": the step must be positive, got " + step);
    }
    return new IntSlider(label, min, max, value(), step);
  }

  @Override
  public String styleModel() {
    return "SliderStyleModel";
  }

  @Override
  public Integer value() {
    return ((Number) get("value")).intValue();
  }

  @Override
  Integer check(Integer value) {
    if (value == null || value < min || value > max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "IntSlider \"%s\": the value %s lies outside [%d, %d]",
          label, value, min, max));
    }
    return value;
  }

  @Override
  Object toFrontEnd(Integer value) {
    return value;
  }

  @Override
  Integer fromFrontEnd(JsonElement raw) {
    return raw.isJsonPrimitive() && raw.getAsJsonPrimitive().isNumber() ? (int) Math.round(raw.getAsDouble()) : null;
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "IntSlider(%s = %d, from %d to %d)", label, value(), min, max);
  }
}
