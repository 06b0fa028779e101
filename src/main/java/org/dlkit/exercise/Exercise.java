package org.dlkit.exercise;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the exercise a grader test class tests: the {@code grade_id} of the exercise cell, for
 * example {@code @Exercise("perceptron")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Exercise {
  /** The exercise's grade_id. */
  String value();
}
