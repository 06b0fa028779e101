package org.dlkit.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checks how magic lines are split into arguments. */
class CellRunnerTest {
  @Test
  void splitsAtWhitespaceAndKeepsQuotedPartsTogether() {
    assertEquals(List.of("lib/*.jar", "my dir/x.jar", "a'b"), CellRunner.splitArgs("  lib/*.jar \"my dir/x.jar\"  \"a'b\" "));
  }

  @Test
  void noArgumentsGiveAnEmptyList() {
    assertEquals(List.of(), CellRunner.splitArgs("   "));
  }

  @Test
  void javacMessagesDropTheJavaLangPrefix() {
    assertEquals("incompatible types: String cannot be converted to java.util.List<Integer>",
        ErrorFormat.simplify("incompatible types: java.lang.String cannot be converted to java.util.List<java.lang.Integer>"));
  }
}
