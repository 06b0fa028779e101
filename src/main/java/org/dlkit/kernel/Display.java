package org.dlkit.kernel;

import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import java.util.UUID;

/**
 * Provides IJava's display functions to cells ({@code import static org.dlkit.kernel.Display.*}
 * runs at kernel start): render a value through the kernel's renderers, show it, and update it in
 * place.
 */
public final class Display {
  private Display() {}

  /** Shows {@code value} below the cell and returns the display id to update it later. */
  public static String display(Object value) {
    return show(render(value));
  }

  /** Shows {@code value} as the given MIME types and returns the display id. */
  public static String display(Object value, String... mimeTypes) {
    return show(render(value, mimeTypes));
  }

  /** Returns the MIME bundle the kernel's renderers make of {@code value}, without showing it. */
  public static DisplayData render(Object value) {
    if (value == null) {
      return new DisplayData("null");
    }
    return DlkitKernel.require().getRenderer().render(value);
  }

  /** Returns the MIME bundle of {@code value} restricted to the given MIME types. */
  public static DisplayData render(Object value, String... mimeTypes) {
    if (value == null) {
      return new DisplayData("null");
    }
    return DlkitKernel.require().getRenderer().renderAs(value, mimeTypes);
  }

  /** Replaces the output shown under display id {@code id} with {@code value}. */
  public static void updateDisplay(String id, Object value) {
    DlkitKernel.require().getIO().display.updateDisplay(id, render(value));
  }

  /** Replaces the output shown under display id {@code id} with {@code value} as the given types. */
  public static void updateDisplay(String id, Object value, String... mimeTypes) {
    DlkitKernel.require().getIO().display.updateDisplay(id, render(value, mimeTypes));
  }

  private static String show(DisplayData data) {
    if (!data.hasDisplayId()) {
      data.setDisplayId(UUID.randomUUID().toString());
    }
    DlkitKernel.require().display(data);
    return data.getDisplayId();
  }
}
