package org.dlkit.plot;

import java.util.ArrayList;
import java.util.List;
import org.dlkit.data.Dataset;
import org.knowm.xchart.XYChart;

/** Scatters a two-feature classification set on a chart, one series per class in its class color. */
final class ClassScatter {
  private static final int SIZE = 8;

  private ClassScatter() {}

  /** Adds one outlined-dot series per class; classes without examples get no series. */
  static void add(XYChart chart, Dataset dataset) {
    double[][] rows = dataset.features().toArray2d();
    int[] labels = dataset.labels();
    for (int c = 0; c < dataset.classCount(); c++) {
      List<double[]> members = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] == c) {
          members.add(rows[i]);
        }
      }
      if (!members.isEmpty()) {
        double[] xs = members.stream().mapToDouble(r -> r[0]).toArray();
        double[] ys = members.stream().mapToDouble(r -> r[1]).toArray();
        Draw.points(chart, dataset.classNames().get(c), xs, ys, Palette.classColor(c), Markers.outlinedCircle(SIZE));
      }
    }
  }

  /** Returns the range of feature {@code column}, widened by 10% on each side. */
  static Range range(Dataset dataset, int column) {
    return Range.covering(dataset.features().slice(1, column, column + 1).toArray()).widen(0.1);
  }
}
