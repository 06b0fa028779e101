package org.dlkit.nn;

import java.util.List;
import org.dlkit.autograd.Tensor;

/** Runs modules one after another, each feeding the next: a deep network as a stack of layers. */
public final class Sequential extends Module {
  private final List<Module> layers;

  /** Creates the stack from the given modules, first to last. */
  public Sequential(Module... layers) {
    if (layers.length == 0) {
      throw new IllegalArgumentException("Sequential: give at least one layer");
    }
    this.layers = List.of(layers);
  }

  @Override
  public Tensor forward(Tensor x) {
    Tensor y = x;
    for (Module layer : layers) {
      y = layer.forward(y);
    }
    return y;
  }

  @Override
  public List<Module> children() {
    return layers;
  }

  /** Returns layer {@code i}, counting from 0. */
  public Module layer(int i) {
    return layers.get(i);
  }

  /** Prints one line per layer with its parameter count, then the total. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Sequential(\n");
    for (int i = 0; i < layers.size(); i++) {
      Module layer = layers.get(i);
      String line = String.format("  (%d) %s", i, layer);
      int count = layer.parameterCount();
      text.append(count > 0 ? String.format("%-40s %,d parameters", line, count) : line).append('\n');
    }
    return text.append(String.format(")  %,d parameters", parameterCount())).toString();
  }
}
