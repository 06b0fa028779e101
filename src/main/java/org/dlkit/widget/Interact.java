package org.dlkit.widget;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.dlkit.notebook.Notebook;

/**
 * Controls above a figure that redraws in place whenever one of them changes: the figure is drawn
 * by a function that reads the controls' values, on a thread of its own, and only for the latest
 * values (a drag that sends fifty values draws the last, not fifty). A figure that fails to draw
 * shows its error under the controls, and the controls keep working.
 *
 * <pre>{@code
 * FloatSlider rate = FloatSlider.of("learning rate", 0.001, 2.0, 0.1).logScale();
 * Interact.of(() -> Plots.descent(landscape, rate.value()), rate);
 * }</pre>
 *
 * <p>Where no browser draws widgets (a headless run, a front end without jupyter-js-widgets), it
 * shows the figure for the starting values and one line that says so.
 */
public final class Interact {
  /** The line shown where the figure cannot be redrawn. */
  static final String STATIC_NOTE = "(a static figure for the values above: open the notebook in Jupyter Notebook "
      + "with the dlkit kernel to move them and watch it redraw)";

  static final String PAINTER_THREAD = "dlkit-interact";
  /** The one thread that draws every interactive figure of this kernel, however often a cell is run again. */
  private static final ExecutorService PAINTER = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, PAINTER_THREAD);
    thread.setDaemon(true);
    return thread;
  });

  private final Supplier<?> figure;
  private final WidgetHost host;
  private final Label status = Label.of("");
  private final AtomicLong latest = new AtomicLong();
  private FigureView view;
  private volatile long drawn;

  Interact(Supplier<?> figure, List<ValueWidget<?>> controls, WidgetHost host) {
    this.figure = figure;
    this.host = host;
    Object first = draw();
    Widget[] column = new Widget[controls.size() + (host.live() ? 2 : 0)];
    for (int i = 0; i < controls.size(); i++) {
      column[i] = controls.get(i);
      controls.get(i).onChange(value -> redraw());
    }
    if (host.live()) {
      view = new FigureView(first == null ? "" : host.png(first));
      column[controls.size()] = view;
      column[controls.size() + 1] = status;
      Box.vertical(column).show();
    } else {
      Box.vertical(column).show();
      System.out.println(first == null ? status.text() : STATIC_NOTE);
      if (first != null) {
        Notebook.displayUpdatable(first);
      }
    }
  }

  /**
   * Shows {@code controls} and, below them, the figure {@code figure} returns (an XChart chart or
   * anything dlkit displays as a picture), drawn again whenever a control changes.
   *
   * @throws IllegalArgumentException if there is no control, or the figure function is null
   */
  public static Interact of(Supplier<?> figure, ValueWidget<?>... controls) {
    if (figure == null || controls.length == 0) {
      throw new IllegalArgumentException("Interact.of: needs a figure function and at least one control, got "
          + (figure == null ? "no figure function" : "no control"));
    }
    return new Interact(figure, List.of(controls), WidgetHost.current());
  }

  /** Returns how many times the figure has been drawn, the first time included. */
  public long drawings() {
    return drawn;
  }

  /** Returns the error of the last drawing, or the empty string when it worked. */
  public String error() {
    return status.text();
  }

  /** Schedules a drawing for the controls' current values; requests overtaken before they start are skipped. */
  void redraw() {
    if (view == null) {
      return;
    }
    long request = latest.incrementAndGet();
    PAINTER.execute(() -> {
      if (request != latest.get()) {
        return;
      }
      Object chart = draw();
      String png = chart == null ? null : host.png(chart);
      if (png != null) {
        view.show(png);
      }
    });
  }

  /** Returns the figure for the current values, or null (with the error shown under the controls) when drawing fails. */
  private Object draw() {
    try {
      Object chart = figure.get();
      drawn++;
      if (!status.text().isEmpty()) {
        status.text("");
      }
      return chart;
    } catch (RuntimeException failed) {
      status.text("the figure could not be drawn: " + failed);
      return null;
    }
  }
}
