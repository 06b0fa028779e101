package org.dlkit.notebook;

import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.Renderer;
import java.util.ArrayList;
import java.util.List;

/** A kernel that evaluates nothing and records what is displayed and how often its renderer is asked for. */
final class FakeKernel extends BaseKernel {
  final List<DisplayData> displayed = new ArrayList<>();
  int rendererRequests;

  @Override
  public DisplayData eval(String expr) {
    return null;
  }

  @Override
  public io.github.spencerpark.jupyter.kernel.LanguageInfo getLanguageInfo() {
    return null;
  }

  @Override
  public Renderer getRenderer() {
    rendererRequests++;
    return super.getRenderer();
  }

  @Override
  public void display(DisplayData data) {
    displayed.add(data);
  }
}
