package org.dlkit.exercise;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A grader test read from its source without compiling it, so an exercise that does not compile
 * still lists every test it loses, with its points.
 *
 * @param method the test method's name
 * @param name the readable name
 * @param points the points it is worth
 * @param visibility one of {@link Visibility#VALUES}
 */
public record TestOutline(String method, String name, double points, String visibility) {

  /** Returns the tests declared in one test class's source, sorted by method name. */
  static List<TestOutline> read(String fileName, String source) {
    List<TestOutline> tests = new ArrayList<>();
    for (Tree type : Parsed.parse(fileName, source).unit().getTypeDecls()) {
      if (type instanceof ClassTree testClass) {
        for (Tree member : testClass.getMembers()) {
          if (member instanceof MethodTree method && annotation(method, "Test") != null) {
            tests.add(outline(method));
          }
        }
      }
    }
    tests.sort(Comparator.comparing(TestOutline::method));
    return tests;
  }

  /**
   * Returns a test class's source without the tests {@code keep} rejects, so that {@code check}
   * neither compiles nor reveals hidden tests. Removed methods become blanks, which keeps javac's
   * line numbers.
   */
  static String keepOnly(String fileName, String source, java.util.function.Predicate<TestOutline> keep) {
    Parsed parsed = Parsed.parse(fileName, source);
    StringBuilder kept = new StringBuilder(source);
    List<MethodTree> dropped = new ArrayList<>();
    for (Tree type : parsed.unit().getTypeDecls()) {
      if (type instanceof ClassTree testClass) {
        for (Tree member : testClass.getMembers()) {
          if (member instanceof MethodTree method && annotation(method, "Test") != null
              && !keep.test(outline(method))) {
            dropped.add(method);
          }
        }
      }
    }
    for (MethodTree method : dropped) {
      int start = (int) parsed.start(method);
      int end = (int) parsed.positions().getEndPosition(parsed.unit(), method);
      for (int i = start; i < end; i++) {
        if (kept.charAt(i) != '\n') {
          kept.setCharAt(i, ' ');
        }
      }
    }
    return kept.toString();
  }

  /** Returns this test as failed for {@code reason}. */
  public TestResult failed(String exercise, String reason) {
    return TestResult.failed(exercise, name, points, visibility, reason);
  }

  private static TestOutline outline(MethodTree method) {
    String name = method.getName().toString();
    AnnotationTree display = annotation(method, "DisplayName");
    AnnotationTree points = annotation(method, "Points");
    AnnotationTree visibility = annotation(method, "Visibility");
    String readable = display != null ? argument(display) : readable(name);
    double worth = points == null ? 1 : Double.parseDouble(argument(points));
    String shown = visibility == null ? Visibility.VISIBLE : argument(visibility).toLowerCase(Locale.ROOT);
    return new TestOutline(name, readable, worth, shown);
  }

  /** Returns a method name split into words: {@code isAGradientStep} → "is a gradient step". */
  static String readable(String methodName) {
    return methodName.replaceAll("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ").replace('_', ' ')
        .toLowerCase(Locale.ROOT);
  }

  private static AnnotationTree annotation(MethodTree method, String simpleName) {
    for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
      String type = annotation.getAnnotationType().toString();
      if (type.equals(simpleName) || type.endsWith("." + simpleName)) {
        return annotation;
      }
    }
    return null;
  }

  /** Returns the annotation's single argument as text: a literal's value, or a constant's simple name. */
  private static String argument(AnnotationTree annotation) {
    ExpressionTree value = annotation.getArguments().get(0);
    if (value instanceof AssignmentTree assignment) {
      value = assignment.getExpression();
    }
    if (value instanceof LiteralTree literal) {
      return String.valueOf(literal.getValue());
    }
    if (value instanceof MemberSelectTree select) {
      return select.getIdentifier().toString();
    }
    return value.toString();
  }
}
