package org.dlkit.exercise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Says who sees a grader test, with Gradescope's values: {@link #VISIBLE} tests run in the
 * notebook's {@code check} and show on Gradescope at once; the others run only when grading. A test
 * without it is visible.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Visibility {
  /** Shown to the student, and run by {@code check}. */
  String VISIBLE = "visible";
  /** Never shown to the student. */
  String HIDDEN = "hidden";
  /** Shown once the due date has passed. */
  String AFTER_DUE_DATE = "after_due_date";
  /** Shown once the grades are published. */
  String AFTER_PUBLISHED = "after_published";
  /** Every value a test may carry. */
  List<String> VALUES = List.of(VISIBLE, HIDDEN, AFTER_DUE_DATE, AFTER_PUBLISHED);

  /** One of {@link #VALUES}. */
  String value();
}
