package org.dlkit.nd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Broadcast shapes against the table NumPy's broadcasting documentation gives, and the error text. */
class BroadcastingTest {

  /** Each row: shape a, shape b, NumPy's np.broadcast_shapes(a, b). */
  static Stream<Arguments> numpyTable() {
    return Stream.of(
        Arguments.of(new int[] {2, 3}, new int[] {2, 3}, new int[] {2, 3}),
        Arguments.of(new int[] {2, 3}, new int[] {3}, new int[] {2, 3}),
        Arguments.of(new int[] {4, 1}, new int[] {3}, new int[] {4, 3}),
        Arguments.of(new int[] {256, 256, 3}, new int[] {3}, new int[] {256, 256, 3}),
        Arguments.of(new int[] {8, 1, 6, 1}, new int[] {7, 1, 5}, new int[] {8, 7, 6, 5}),
        Arguments.of(new int[] {5, 4}, new int[] {1}, new int[] {5, 4}),
        Arguments.of(new int[] {15, 3, 5}, new int[] {15, 1, 5}, new int[] {15, 3, 5}),
        Arguments.of(new int[] {15, 3, 5}, new int[] {3, 1}, new int[] {15, 3, 5}),
        Arguments.of(new int[] {}, new int[] {2, 2}, new int[] {2, 2}),
        Arguments.of(new int[] {1}, new int[] {0}, new int[] {0}),
        Arguments.of(new int[] {2, 1}, new int[] {1, 0}, new int[] {2, 0}),
        Arguments.of(new int[] {1, 1, 1}, new int[] {}, new int[] {1, 1, 1}));
  }

  @ParameterizedTest
  @MethodSource("numpyTable")
  void broadcastShapeMatchesNumpy(int[] a, int[] b, int[] expected) {
    assertArrayEquals(expected, NdArray.zeros(a).add(NdArray.zeros(b)).shape());
    assertArrayEquals(expected, NdArray.zeros(b).add(NdArray.zeros(a)).shape(), "broadcasting is symmetric");
  }

  /** Pairs NumPy rejects with "operands could not be broadcast together". */
  static Stream<Arguments> numpyRejects() {
    return Stream.of(
        Arguments.of(new int[] {3}, new int[] {4}),
        Arguments.of(new int[] {2, 1}, new int[] {8, 4, 3}),
        Arguments.of(new int[] {2, 3}, new int[] {3, 2}),
        Arguments.of(new int[] {2, 3}, new int[] {2}));
  }

  @ParameterizedTest
  @MethodSource("numpyRejects")
  void incompatibleShapesAreRejected(int[] a, int[] b) {
    ShapeException e = assertThrows(ShapeException.class, () -> NdArray.zeros(a).mul(NdArray.zeros(b)));
    String message = e.getMessage();
    assertEquals(true, message.startsWith("mul: cannot broadcast " + Arrays.toString(a) + " with " + Arrays.toString(b)),
        message);
  }

  @Test
  void errorNamesOpShapesAndRule() {
    ShapeException e = assertThrows(ShapeException.class,
        () -> NdArray.zeros(2, 3).add(NdArray.zeros(4, 5)));
    assertEquals("add: cannot broadcast [2, 3] with [4, 5] (dimensions must be equal or 1, compared from the right;"
        + " axis -1 has 3 vs 5)", e.getMessage());
  }

  @Test
  void broadcastValuesFollowTheStretchedAxes() {
    NdArray column = NdArray.of(new double[] {10, 20}, 2, 1);
    NdArray row = NdArray.of(1, 2, 3);
    assertEquals(NdArray.of(new double[][] {{11, 12, 13}, {21, 22, 23}}), column.add(row));
    assertEquals(NdArray.of(new double[][] {{-9, -8, -7}, {-19, -18, -17}}), row.sub(column));
  }
}
