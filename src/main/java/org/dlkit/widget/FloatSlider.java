package org.dlkit.widget;

import com.google.gson.JsonElement;
import java.util.Locale;

/**
 * A slider over real numbers from {@code min} to {@code max}, optionally on a log scale, which is
 * how a learning rate wants to be explored (0.001, 0.01, 0.1 and 1 an equal step apart).
 *
 * <pre>{@code
 * FloatSlider rate = FloatSlider.of("learning rate", 0.001, 2.0, 0.1).logScale();
 * rate.onChange(lr -> System.out.println(lr));
 * }</pre>
 */
public final class FloatSlider extends ValueWidget<Double> {
  private final double min;
  private final double max;
  private final boolean log;
  private final String label;

  private FloatSlider(String label, double min, double max, double value, double step, boolean log) {
    super("FloatSliderModel", "FloatSliderView");
    this.label = label;
    this.min = min;
    this.max = max;
    this.log = log;
    accept("orientation", "horizontal");
    accept("continuous_update", true);
    accept("readout", !log);
    accept("readout_format", ".3f");
    accept("_range", false);
    accept("disabled", false);
    accept("min", log ? Math.log10(min) : min);
    accept("max", log ? Math.log10(max) : max);
    accept("step", step);
    accept("value", log ? Math.log10(value) : value);
    accept("description", caption(value));
  }

  /**
   * Returns a slider named {@code description} from {@code min} to {@code max} at {@code value},
   * in steps of a hundredth of the range.
   *
   * @throws IllegalArgumentException if a bound is not finite, {@code min >= max}, or the value lies outside
   */
  public static FloatSlider of(String description, double min, double max, double value) {
    if (!Double.isFinite(min) || !Double.isFinite(max) || min >= max) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "FloatSlider %s: needs finite bounds with min < max, "
          + "got min %s and max %s", quoted(description), min, max));
    }
    checkValue(description, min, max, value);
    return new FloatSlider(description, min, max, value, (max - min) / 100, false);
  }

  /**
   * Returns this slider on a log scale: equal steps multiply the value by the same factor (100 steps
   * from min to max), and the label shows the value.
   *
   * @throws IllegalArgumentException if {@code min <= 0}, which has no logarithm
   */
  public FloatSlider logScale() {
    if (min <= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "FloatSlider %s: a log scale needs min > 0, got %s",
          quoted(label), min));
    }
    return new FloatSlider(label, min, max, value(), (Math.log10(max) - Math.log10(min)) / 100, true);
  }

  /**
   * Returns this slider moving in steps of {@code step} (of the value; of its base-10 logarithm on a log scale).
   *
   * @throws IllegalArgumentException if the step is not positive or not finite
   */
  public FloatSlider step(double step) {
    if (!(step > 0) || !Double.isFinite(step)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "FloatSlider %s: the step must be a positive "
          + "number, got %s", quoted(label), step));
    }
    return new FloatSlider(label, min, max, value(), step, log);
  }

  /** Returns the step the slider moves by, in its own scale. */
  public double step() {
    return ((Number) get("step")).doubleValue();
  }

  /** Returns whether the slider is on a log scale. */
  public boolean isLogScale() {
    return log;
  }

  @Override
  public Double value() {
    double raw = ((Number) get("value")).doubleValue();
    return log ? Math.pow(10, raw) : raw;
  }

  @Override
  public FloatSlider set(Double value) {
    super.set(value);
    put("description", caption(value));
    return this;
  }

  @Override
  void receive(com.google.gson.JsonObject sync) {
    super.receive(sync);
    if (log) {
      put("description", caption(value()));
    }
  }

  @Override
  Double check(Double value) {
    checkValue(label, min, max, value == null ? Double.NaN : value);
    return value;
  }

  @Override
  Object toFrontEnd(Double value) {
    return log ? Math.log10(value) : value;
  }

  @Override
  Double fromFrontEnd(JsonElement raw) {
    if (!raw.isJsonPrimitive() || !raw.getAsJsonPrimitive().isNumber()) {
      return null;
    }
    double value = raw.getAsDouble();
    // The browser's slider rounds to its step; clamp what it sends into the bounds.
    double inRange = log ? Math.pow(10, value) : value;
    return Math.min(max, Math.max(min, inRange));
  }

  @Override
  public String describe() {
    return String.format(Locale.ROOT, "FloatSlider(%s = %s, from %s to %s%s)", label, format(value()), format(min),
        format(max), log ? ", log scale" : "");
  }

  private String caption(double value) {
    return log ? label + " " + format(value) : label;
  }

  private static void checkValue(String description, double min, double max, double value) {
    if (!(value >= min && value <= max)) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "FloatSlider %s: the value %s lies outside [%s, %s]",
          quoted(description), value, min, max));
    }
  }

  static String format(double value) {
    return String.format(Locale.ROOT, "%.4g", value).replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
  }

  static String quoted(String description) {
    return "\"" + description + "\"";
  }
}
