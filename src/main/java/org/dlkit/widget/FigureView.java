package org.dlkit.widget;

import com.google.gson.JsonObject;

/** A picture inside a widget layout (jupyter-js-widgets' ImageModel), whose PNG the kernel replaces in place. */
final class FigureView extends Widget {
  FigureView(String pngBase64) {
    super("ImageModel", "ImageView");
    accept("format", "png");
    accept("width", "");
    accept("height", "");
    accept("_b64value", pngBase64 == null ? "" : pngBase64);
  }

  /** Shows the PNG {@code pngBase64} (base64) instead. */
  void show(String pngBase64) {
    put("_b64value", pngBase64);
  }

  @Override
  void receive(JsonObject sync) {}

  @Override
  public String describe() {
    return "(figure)";
  }
}
