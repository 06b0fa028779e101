package org.dlkit.exercise;

import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prediction cell: a code cell that starts with {@code // Prediction: <id>} and records the
 * student's prediction with one call, {@code predict("<id>", <answer>)}, where the answer is a
 * literal (a word or phrase in quotes, a number, or true/false).
 *
 * <p>The grader never runs the cell. It reads the literal from the cell's text and compiles the
 * cell as one declaration of {@code Submission}, {@code static String <camelId>Prediction()},
 * returning the answer as text ({@code ""} when none was recorded, {@code null} when the cell holds
 * no such call), so that the suite's tests read it as {@code Submission.lrDivergesPrediction()}.
 */
public final class PredictionCell {
  /** The first line that marks a prediction cell. */
  public static final String MARKER_PREFIX = "// Prediction:";
  private static final Pattern MARKER = Pattern.compile("^\\s*//\\s*Prediction:\\s*([\\w.-]+)", Pattern.MULTILINE);
  private static final Pattern CALL = Pattern.compile("(predict\\s*\\(\\s*\"[\\w.-]+\"\\s*,)([^;]*)(\\)\\s*;)");

  private PredictionCell() {}

  /** Returns the id named by a {@code // Prediction: <id>} line in {@code code}, or empty when it is no prediction cell. */
  public static Optional<String> markedId(String code) {
    Matcher marker = MARKER.matcher(code);
    return marker.find() ? Optional.of(marker.group(1)) : Optional.empty();
  }

  /** Returns whether {@code code} is a prediction cell. */
  public static boolean isPrediction(String code) {
    return markedId(code).isPresent();
  }

  /**
   * Returns the name of the method of {@code Submission} that returns prediction {@code id}'s
   * answer: the id's ASCII letters and digits in camel case followed by {@code Prediction}
   * ({@code lr-diverges} → {@code lrDivergesPrediction}).
   */
  public static String methodName(String id) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (char c : id.toCharArray()) {
      if (c >= 128 || !Character.isLetterOrDigit(c)) {
        upper = name.length() > 0;
      } else {
        name.append(upper ? Character.toUpperCase(c) : name.length() == 0 ? Character.toLowerCase(c) : c);
        upper = false;
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, 'p');
    }
    return name.append("Prediction").toString();
  }

  /**
   * Returns {@code cell} as the grader compiles it: unchanged when it is not a prediction cell,
   * else the marker line and one method returning the recorded answer, rebuilt from the literal's
   * value (never the student's text), so nothing but the answer reaches the compiler.
   */
  public static ExerciseCell asDeclaration(ExerciseCell cell) {
    if (!isPrediction(cell.source())) {
      return cell;
    }
    Optional<String> answer = answerIn(cell.source(), cell.id());
    String value = answer.map(PredictionCell::javaString).orElse("null");
    return new ExerciseCell(cell.id(), "// Prediction\nstatic String " + methodName(cell.id())
        + "() { return " + value + "; }\n");
  }

  /**
   * Returns the answer the cell's {@code predict("<id>", answer)} call records, as text: a string's
   * value, a number or boolean as written (a leading minus kept); empty when the cell holds no such
   * call with a literal answer, or more than one.
   */
  public static Optional<String> answerIn(String code, String id) {
    Parsed parsed = Parsed.parse("Prediction.java", "class Prediction { void cell() {\n" + code + "\n} }\n");
    List<String> answers = new ArrayList<>();
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitExpressionStatement(ExpressionStatementTree statement, Void unused) {
        if (statement.getExpression() instanceof MethodInvocationTree call
            && call.getMethodSelect().toString().matches("(\\w+\\.)*predict") && call.getArguments().size() == 2
            && call.getArguments().get(0) instanceof LiteralTree first && id.equals(first.getValue())) {
          answers.add(literal(call.getArguments().get(1)));
        }
        return super.visitExpressionStatement(statement, unused);
      }
    }.scan(parsed.unit(), null);
    return answers.size() == 1 && answers.get(0) != null ? Optional.of(answers.get(0)) : Optional.empty();
  }

  /** Returns the value of a literal answer as text, or null when {@code tree} is no literal. */
  private static String literal(Tree tree) {
    if (tree instanceof LiteralTree literal) {
      Object value = literal.getValue();
      return value == null ? "" : String.valueOf(value);
    }
    if (tree instanceof UnaryTree unary && unary.getKind() == Tree.Kind.UNARY_MINUS
        && unary.getExpression() instanceof LiteralTree literal && literal.getValue() instanceof Number number) {
      return "-" + number;
    }
    return null;
  }

  /**
   * Returns the student version of a prediction cell: the answer of its {@code predict} call
   * emptied to {@code ""}, for the student to fill in; any other cell unchanged.
   */
  public static String emptied(String code) {
    if (!isPrediction(code)) {
      return code;
    }
    Matcher call = CALL.matcher(code);
    StringBuilder out = new StringBuilder();
    while (call.find()) {
      call.appendReplacement(out, Matcher.quoteReplacement(call.group(1) + " \"\"" + call.group(3)));
    }
    call.appendTail(out);
    return out.toString();
  }

  /**
   * Returns {@code text} as a Java string literal: quotes and backslashes escaped (so no unicode
   * escape can form), control characters as octal escapes, everything else as it is.
   */
  static String javaString(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f) {
        literal.append(String.format("\\%03o", (int) c));
      } else {
        literal.append(c);
      }
    }
    return literal.append('"').toString();
  }
}
