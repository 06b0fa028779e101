package org.dlkit.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InPlaceTest {
  @Test
  void axpyUpdatesOnlyTheTarget() {
    NdArray w = NdArray.of(1, 2, 3);
    NdArray grad = NdArray.of(10, 20, 30);
    InPlace.axpy(-0.1, grad, w);
    assertEquals(NdArray.of(0, 0, 0), w);
    assertEquals(NdArray.of(10, 20, 30), grad);
  }

  @Test
  void broadcastOperands() {
    NdArray m = NdArray.ones(2, 3);
    InPlace.addInPlace(m, NdArray.of(1, 2, 3));
    assertEquals(NdArray.of(new double[][] {{2, 3, 4}, {2, 3, 4}}), m);
    InPlace.mulInPlace(m, NdArray.of(new double[] {1, 10}, 2, 1));
    assertEquals(NdArray.of(new double[][] {{2, 3, 4}, {20, 30, 40}}), m);
    InPlace.scaleInPlace(m, 0.5);
    assertEquals(NdArray.of(new double[][] {{1, 1.5, 2}, {10, 15, 20}}), m);
    InPlace.copyInto(m, NdArray.scalar(7));
    assertEquals(NdArray.full(7, 2, 3), m);
    InPlace.fill(m, 0);
    assertEquals(NdArray.zeros(2, 3), m);
    InPlace.axpy(2, NdArray.of(1, 2, 3).transpose(), m.row(0));
    assertEquals(NdArray.of(new double[][] {{2, 4, 6}, {0, 0, 0}}), m);
  }

  @Test
  void refusesToGrowTheTargetOrWriteThroughStrides() {
    ShapeException e = assertThrows(ShapeException.class, () -> InPlace.addInPlace(NdArray.zeros(3), NdArray.zeros(2, 3)));
    assertEquals("addInPlace: cannot write [2, 3] into the target [3] (the operand must broadcast to the target's shape)",
        e.getMessage());
    IllegalArgumentException strided = assertThrows(IllegalArgumentException.class,
        () -> InPlace.fill(NdArray.zeros(2, 3).transpose(), 1));
    assertEquals("fill: the target [3, 2] is a strided view; write into a contiguous array (call contiguous() or copy() first)",
        strided.getMessage());
  }
}
