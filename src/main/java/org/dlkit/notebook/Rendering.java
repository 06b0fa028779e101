package org.dlkit.notebook;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * How values of one type become MIME forms, without any kernel's classes: the types a front end
 * gets by default ({@code preferred}), the others it may ask for ({@code supported}), and a
 * function from a value to its forms, each computed only when asked for.
 *
 * @param type the values this rendering handles, subclasses included
 * @param preferred MIME types rendered when nothing in particular is asked for
 * @param supported further MIME types rendered on request, e.g. {@code render(chart, "image/svg+xml")}
 * @param forms a value's forms in order, MIME type to a supplier of its content
 * @param <T> the value type
 */
record Rendering<T>(Class<T> type, List<String> preferred, List<String> supported,
    Function<? super T, Map<String, Supplier<String>>> forms) {
  /** Copies the type lists. */
  Rendering {
    preferred = List.copyOf(preferred);
    supported = List.copyOf(supported);
  }

  /** Returns the forms of {@code value}, which must be a {@code type}. */
  Map<String, Supplier<String>> formsOf(Object value) {
    return forms.apply(type.cast(value));
  }
}
