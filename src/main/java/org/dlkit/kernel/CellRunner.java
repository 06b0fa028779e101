package org.dlkit.kernel;

import io.github.spencerpark.jupyter.kernel.magic.registry.Magics;
import io.github.spencerpark.jupyter.kernel.magic.registry.UndefinedMagicException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a notebook cell: lines starting with {@code %name} are line magics, a first line starting
 * with {@code %%name} makes the cell a cell magic, and the Java code between them goes to
 * {@link CellEvaluator}, in order.
 *
 * <p>Magics run as Java calls in the kernel, never as code generated into JShell, so a cell's
 * imports (say {@code import java.awt.*;}, whose {@code List} clashes with {@code java.util.List})
 * cannot break them.
 */
final class CellRunner {
  private static final Pattern MAGIC = Pattern.compile("^\\s*(%%?)([A-Za-z][\\w.-]*)(.*)$");

  private final CellEvaluator evaluator;
  private final Magics magics;

  CellRunner(CellEvaluator evaluator, Magics magics) {
    this.evaluator = evaluator;
    this.magics = magics;
  }

  /**
   * Runs the cell and returns the value to show: that of its last part, if it is an expression
   * without a final semicolon or a magic that returns a value.
   *
   * @throws CellException when a part fails; later parts do not run
   */
  CellEvaluator.Result run(String cell) throws CellException {
    String[] lines = cell.split("\n", -1);
    CellEvaluator.Result result = CellEvaluator.Result.NONE;
    StringBuilder java = new StringBuilder();
    int javaStart = 1;
    for (int i = 0; i < lines.length; i++) {
      Matcher magic = MAGIC.matcher(lines[i]);
      if (!magic.matches()) {
        java.append(i + 1 == javaStart ? "" : "\n").append(lines[i]);
        continue;
      }
      if (!java.toString().isBlank()) {
        result = evaluator.eval(new CellSource(java.toString(), javaStart));
      }
      java.setLength(0);
      javaStart = i + 2;
      if (magic.group(1).equals("%%")) {
        String body = String.join("\n", List.of(lines).subList(i + 1, lines.length));
        return cellMagic(magic.group(2), splitArgs(magic.group(3)), body, i + 1);
      }
      result = lineMagic(magic.group(2), splitArgs(magic.group(3)), i + 1);
    }
    if (!java.toString().isBlank()) {
      result = evaluator.eval(new CellSource(java.toString(), javaStart));
    }
    return result;
  }

  private CellEvaluator.Result lineMagic(String name, List<String> args, int line) throws CellException {
    try {
      return asResult(magics.applyLineMagic(name, args));
    } catch (UndefinedMagicException e) {
      throw magicError(line, "%" + name, "unknown line magic %" + name
          + " (dlkit knows %jars, %classpath, %maven and %load)");
    } catch (CellException e) {
      throw e;
    } catch (Exception e) {
      throw magicError(line, "%" + name, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private CellEvaluator.Result cellMagic(String name, List<String> args, String body, int line) throws CellException {
    try {
      return asResult(magics.applyCellMagic(name, args, body));
    } catch (UndefinedMagicException e) {
      throw magicError(line, "%%" + name, "unknown cell magic %%" + name);
    } catch (CellException e) {
      throw e;
    } catch (Exception e) {
      throw magicError(line, "%%" + name, e.getMessage() == null ? e.toString() : e.getMessage());
    }
  }

  private static CellEvaluator.Result asResult(Object value) {
    if (value instanceof CellEvaluator.Result result) {
      return result;
    }
    return value == null ? CellEvaluator.Result.NONE : new CellEvaluator.Result(true, value);
  }

  private static CellException magicError(int line, String magic, String message) {
    String text = "cell line " + line + ": " + magic + ": " + message;
    return new CellException("MagicException", text, List.of(text));
  }

  /** Splits magic arguments at whitespace, keeping single- or double-quoted parts together. */
  static List<String> splitArgs(String text) {
    List<String> args = new ArrayList<>();
    StringBuilder arg = new StringBuilder();
    boolean inArg = false;
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          arg.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inArg = true;
      } else if (Character.isWhitespace(c)) {
        if (inArg) {
          args.add(arg.toString());
          arg.setLength(0);
          inArg = false;
        }
      } else {
        arg.append(c);
        inArg = true;
      }
    }
    if (inArg) {
      args.add(arg.toString());
    }
    return args;
  }
}
