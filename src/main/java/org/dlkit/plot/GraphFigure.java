package org.dlkit.plot;

import java.util.Optional;

/**
 * A computation graph drawn by Graphviz: its {@code dot} source and, when Graphviz's {@code dot}
 * ran, the SVG picture; otherwise a note saying why there is no picture and how to get one.
 *
 * @param dot the graph in Graphviz's dot language
 * @param svg the picture, when dot drew it
 * @param note why there is no picture, or empty
 */
public record GraphFigure(String dot, Optional<String> svg, String note) {
  /** Checks that the parts are there. */
  public GraphFigure {
    if (dot == null || svg == null || note == null) {
      throw new IllegalArgumentException("GraphFigure: dot, svg and note must not be null (use Optional.empty() and \"\")");
    }
  }

  /** Returns the note and the dot source when there is no picture, else a one-line summary. */
  @Override
  public String toString() {
    long nodes = dot.lines().filter(line -> line.contains("[label=")).count();
    return svg.isPresent() ? "GraphFigure(" + nodes + " nodes, drawn by Graphviz)" : note + "\n" + dot;
  }
}
