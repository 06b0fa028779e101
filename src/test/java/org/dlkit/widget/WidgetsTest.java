package org.dlkit.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The widget API without a notebook: bounds, steps, the log scale, values from the browser, and bad arguments. */
class WidgetsTest {
  private static JsonObject sync(double value) {
    JsonObject sync = new JsonObject();
    sync.add("value", new JsonPrimitive(value));
    return sync;
  }

  @Test
  void aLinearSliderStepsByAHundredthOfItsRange() {
    FloatSlider slider = FloatSlider.of("slope", 0, 4, 1);
    assertEquals(1.0, slider.value());
    assertEquals(0.04, slider.step(), 1e-12);
    assertEquals(0.0, ((Number) slider.state().get("min")).doubleValue());
    assertEquals(0.5, slider.step(0.5).step());
  }

  @Test
  void aLogSliderKeepsTheExponentInTheBrowserAndTheValueInJava() {
    FloatSlider rate = FloatSlider.of("learning rate", 0.001, 2.0, 0.1).logScale();
    assertTrue(rate.isLogScale());
    assertEquals(0.1, rate.value(), 1e-12);
    assertEquals(-1.0, ((Number) rate.state().get("value")).doubleValue(), 1e-12);
    assertEquals(-3.0, ((Number) rate.state().get("min")).doubleValue(), 1e-12);
    assertEquals("learning rate 0.1", rate.state().get("description"));
    rate.receive(sync(0.0));
    assertEquals(1.0, rate.value(), 1e-12);
    assertEquals("learning rate 1", rate.state().get("description"));
  }

  @Test
  void valuesFromTheBrowserRunTheListenersAndStayInBounds() {
    List<Double> heard = new ArrayList<>();
    FloatSlider slider = FloatSlider.of("p", 0, 1, 0.5);
    slider.onChange(heard::add);
    slider.receive(sync(0.25));
    slider.receive(sync(7.0));
    assertEquals(List.of(0.25, 1.0), heard, "a value past max is clamped to max");
    JsonObject notANumber = new JsonObject();
    notANumber.addProperty("value", "high");
    slider.receive(notANumber);
    assertEquals(2, heard.size(), "a value that is not a number is dropped");
  }

  @Test
  void aListenerThatThrowsDoesNotStopTheOthers() {
    List<Integer> heard = new ArrayList<>();
    IntSlider epochs = IntSlider.of("epochs", 1, 100, 10);
    epochs.onChange(v -> {
      throw new IllegalStateException("broken listener");
    });
    epochs.onChange(heard::add);
    epochs.set(20);
    assertEquals(List.of(20), heard);
  }

  @Test
  void badArgumentsNameTheWidgetAndTheRule() {
    IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
        () -> FloatSlider.of("learning rate", 2, 0.001, 0.1));
    assertTrue(reversed.getMessage().contains("\"learning rate\"") && reversed.getMessage().contains("min < max"),
        reversed.getMessage());
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
        () -> FloatSlider.of("x", 0, Double.NaN, 0));
    assertTrue(nan.getMessage().contains("finite"), nan.getMessage());
    IllegalArgumentException outside = assertThrows(IllegalArgumentException.class, () -> FloatSlider.of("x", 0, 1, 3));
    assertTrue(outside.getMessage().contains("outside [0.0, 1.0]"), outside.getMessage());
    IllegalArgumentException logOfZero = assertThrows(IllegalArgumentException.class,
        () -> FloatSlider.of("p", 0, 1, 0.5).logScale());
    assertTrue(logOfZero.getMessage().contains("min > 0"), logOfZero.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FloatSlider.of("x", 0, 1, 0.5).step(0));
    assertThrows(IllegalArgumentException.class, () -> IntSlider.of("n", 5, 5, 5));
    assertThrows(IllegalArgumentException.class, () -> IntSlider.of("n", 1, 10, 1).set(11));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> Dropdown.of("optimizer", "SGD", "Adam").set("Adagrad"));
    assertTrue(unknown.getMessage().contains("[SGD, Adam]"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Dropdown.of("optimizer"));
    assertThrows(IllegalArgumentException.class, () -> Box.vertical(FloatSlider.of("x", 0, 1, 0), null));
    assertThrows(IllegalArgumentException.class, () -> Interact.of(() -> "figure"));
  }

  @Test
  void withoutANotebookInteractDrawsOnceAndSaysTheFigureIsStatic() {
    FloatSlider slope = FloatSlider.of("slope", 0, 4, 1);
    int[] drawn = {0};
    Interact view = Interact.of(() -> "figure " + (++drawn[0]), slope);
    slope.set(2.0);
    assertEquals(1, view.drawings(), "without a widget front end the figure is drawn once");
    assertFalse(WidgetHost.current().live());
  }

  @Test
  void everyInteractOfAKernelDrawsOnTheOneSharedThread() throws InterruptedException {
    WidgetHost live = new WidgetHost() {
      @Override public void display(Widget widget) {}
      @Override public void update(Widget widget, Map<String, Object> changes) {}
      @Override public boolean live() { return true; }
      @Override public String png(Object figure) { return "png of " + figure; }
    };
    List<Interact> views = new ArrayList<>();
    for (int run = 0; run < 30; run++) { // a widget cell run thirty times
      FloatSlider slope = FloatSlider.of("slope", 0, 4, 1);
      views.add(new Interact(() -> "figure at " + slope.value(), List.of(slope), live));
      slope.set(2.0);
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (views.stream().anyMatch(view -> view.drawings() < 2) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertTrue(views.stream().allMatch(view -> view.drawings() == 2), "every figure redrawn once after its change");
    long painters = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals(Interact.PAINTER_THREAD)).count();
    assertEquals(1, painters, "thirty interactive figures, one drawing thread");
  }

  @Test
  void aButtonClickRunsItsListeners() {
    int[] clicks = {0};
    Button button = Button.of("train").onClick(() -> clicks[0]++);
    JsonObject click = new JsonObject();
    click.addProperty("event", "click");
    button.event(click);
    button.click();
    assertEquals(2, clicks[0]);
    assertEquals("Checkbox(show gradients = true)", Checkbox.of("show gradients", true).describe());
  }
}
