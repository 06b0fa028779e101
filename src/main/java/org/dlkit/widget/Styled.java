package org.dlkit.widget;

/** A widget whose view takes a style model as well as a layout (sliders, buttons in jupyter-js-widgets 2.1). */
interface Styled {
  /** Returns the name of its style model, e.g. {@code SliderStyleModel}. */
  String styleModel();
}
