package org.dlkit.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dlkit.autograd.Value;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class GraphsTest {
  /** e = a·b + c with a = 2, b = -3, c = 10, after backward: de/da = -3, de/db = 2, de/dc = 1. */
  private static Value expression() {
    Value a = Value.of(2, "a");
    Value b = Value.of(-3, "b");
    Value c = Value.of(10, "c");
    Value e = a.mul(b).add(c);
    e.backward();
    return e;
  }

  @Test
  void everyValueIsABoxWithDataAndGradAndEveryOpAnOval() {
    String dot = Graphs.dotSource(expression());
    assertTrue(dot.contains("[label=\"{ a | data 2.0000 | grad -3.0000 }\", shape=record]"), dot);
    assertTrue(dot.contains("[label=\"{ b | data -3.0000 | grad 2.0000 }\", shape=record]"), dot);
    assertTrue(dot.contains("[label=\"{ c | data 10.0000 | grad 1.0000 }\", shape=record]"), dot);
    assertTrue(dot.contains("| data 4.0000 | grad 1.0000 }"), "the output e = 4 with grad 1: " + dot);
    assertEquals(5, dot.lines().filter(l -> l.contains("shape=record")).count(), "a, b, c, a·b, e: " + dot);
    assertEquals(2, dot.lines().filter(l -> l.contains("shape=oval")).count(), "one * and one +: " + dot);
    assertEquals(2 + 2 + 2, dot.lines().filter(l -> l.contains("->")).count(), "two inputs and one output per op");
  }

  @Test
  void aValueUsedTwiceIsOneNode() {
    Value x = Value.of(3, "x");
    Value square = x.mul(x);
    square.backward();
    String dot = Graphs.dotSource(square);
    assertEquals(2, dot.lines().filter(l -> l.contains("shape=record")).count(), dot);
    assertTrue(dot.contains("{ x | data 3.0000 | grad 6.0000 }"), "both uses add up: " + dot);
  }

  @Test
  void labelsCannotBreakTheRecord() {
    assertEquals("a\\{b\\|c\\}\\\"d\\\\", Graphs.escape("a{b|c}\"d\\"));
    String dot = Graphs.dotSource(Value.of(1, "}\"; evil -> x [label=\""));
    assertTrue(dot.contains("{ \\}\\\"; evil -\\> x [label=\\\" | data"), dot);
  }

  @Test
  void withoutDotTheFigureCarriesTheSourceAndTheWayToInstall() {
    GraphFigure figure = Graphs.render(Graphs.dotSource(expression()), "dlkit-no-such-dot-command");
    assertTrue(figure.svg().isEmpty());
    assertTrue(figure.note().contains("was not found") && figure.note().contains("apt-get install graphviz"),
        figure.note());
    assertTrue(figure.toString().contains("digraph computation"), figure.toString());
    assertThrows(IllegalArgumentException.class, () -> Graphs.of(null));
  }

  @Test
  void dotDrawsItAsSvg() {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/dot")), "Graphviz is not installed");
    GraphFigure figure = Graphs.of(expression());
    assertTrue(figure.svg().orElseThrow().startsWith("<svg"), figure.note());
    assertTrue(figure.svg().orElseThrow().contains("grad &#45;3.0000") || figure.svg().orElseThrow()
        .contains("grad -3.0000"), figure.svg().orElseThrow());
    assertFalse(figure.toString().contains("digraph"));
  }
}
