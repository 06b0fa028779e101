package org.dlkit.plot;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.dlkit.autograd.Value;

/**
 * Draws computation graphs with Graphviz's {@code dot}, in micrograd's style: one box per value
 * holding its label, data and gradient, and one small oval per operation between a value and the
 * values it was computed from. Without Graphviz the figure carries its dot source and a note on
 * how to install it, so a notebook never fails for want of it.
 */
public final class Graphs {
  /** How long {@code dot} may take for one graph. */
  static final long TIMEOUT_SECONDS = 30;
  static final String INSTALL = "install Graphviz (Debian and Ubuntu: sudo apt-get install graphviz; "
      + "./dlkit notebook installs it when run as root) and run the cell again";

  private Graphs() {}

  /**
   * Returns the graph of everything {@code output} was computed from, each value with its data
   * and its gradient (run {@code backward()} first to see gradients), drawn left to right.
   *
   * @throws IllegalArgumentException if output is null
   */
  public static GraphFigure of(Value output) {
    return render(dotSource(output), "dot");
  }

  /** Returns the dot source of the graph of {@code output}, without running Graphviz. */
  public static String dotSource(Value output) {
    if (output == null) {
      throw new IllegalArgumentException("Graphs.of: the value is null; pass the output of a computation, "
          + "such as the loss");
    }
    Map<Value, String> ids = new IdentityHashMap<>();
    List<Value> order = new ArrayList<>();
    collect(output, ids, order);
    StringBuilder dot = new StringBuilder("digraph computation {\n  rankdir=LR;\n")
        .append("  node [fontname=\"Helvetica\", fontsize=11];\n");
    for (Value value : order) {
      String id = ids.get(value);
      dot.append("  ").append(id).append(" [label=\"{ ").append(escape(name(value))).append(" | data ")
          .append(number(value.data())).append(" | grad ").append(number(value.grad()))
          .append(" }\", shape=record];\n");
      if (!value.op().isEmpty()) {
        dot.append("  ").append(id).append("_op [label=\"").append(escape(value.op())).append("\", shape=oval];\n");
        dot.append("  ").append(id).append("_op -> ").append(id).append(";\n");
        for (Value child : value.children()) {
          dot.append("  ").append(ids.get(child)).append(" -> ").append(id).append("_op;\n");
        }
      }
    }
    return dot.append("}\n").toString();
  }

  /** Adds v and what it was computed from to order, inputs first, each once, numbering them. */
  private static void collect(Value v, Map<Value, String> ids, List<Value> order) {
    List<Object[]> stack = new ArrayList<>();
    stack.add(new Object[] {v, Boolean.FALSE});
    while (!stack.isEmpty()) {
      Object[] top = stack.remove(stack.size() - 1);
      Value value = (Value) top[0];
      if ((Boolean) top[1]) {
        if (!ids.containsKey(value)) {
          ids.put(value, "v" + ids.size());
          order.add(value);
        }
        continue;
      }
      if (ids.containsKey(value)) {
        continue;
      }
      stack.add(new Object[] {value, Boolean.TRUE});
      List<Value> children = value.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        stack.add(new Object[] {children.get(i), Boolean.FALSE});
      }
    }
  }

  private static String name(Value value) {
    return value.label() != null && !value.label().isEmpty() ? value.label() : "";
  }

  private static String number(double x) {
    return String.format(Locale.ROOT, "%.4f", x);
  }

  /** Escapes what a record label treats as structure: braces, bars, angle brackets, quotes, backslashes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("{}|<>\"\\".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c < 0x20 ? ' ' : c);
    }
    return out.toString();
  }

  /** Runs {@code command} ({@code dot}) on the source and returns the figure, with a note when it could not draw it. */
  static GraphFigure render(String dot, String command) {
    Process process;
    try {
      process = new ProcessBuilder(command, "-Tsvg").redirectErrorStream(false).start();
    } catch (IOException e) {
      return new GraphFigure(dot, Optional.empty(), "Graphviz's " + command + " was not found, so the graph is shown "
          + "as its dot source; " + INSTALL + ".");
    }
    try {
      CompletableFuture<byte[]> svg = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      try (OutputStream in = process.getOutputStream()) {
        in.write(dot.getBytes(StandardCharsets.UTF_8));
      }
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return new GraphFigure(dot, Optional.empty(), "Graphviz's " + command + " took more than " + TIMEOUT_SECONDS
            + " s, so the graph is shown as its dot source.");
      }
      String picture = new String(svg.get(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0 || !picture.contains("<svg")) {
        return new GraphFigure(dot, Optional.empty(), "Graphviz's " + command + " failed (exit "
            + process.exitValue() + "): " + new String(errors.get(), StandardCharsets.UTF_8).strip());
      }
      return new GraphFigure(dot, Optional.of(picture.substring(picture.indexOf("<svg"))), "");
    } catch (IOException | java.util.concurrent.ExecutionException e) {
      process.destroyForcibly();
      return new GraphFigure(dot, Optional.empty(), "Graphviz's " + command + " failed: " + e.getMessage());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      return new GraphFigure(dot, Optional.empty(), "drawing the graph was interrupted");
    }
  }

  private static byte[] readAll(InputStream in) {
    try (InputStream stream = in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      stream.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
