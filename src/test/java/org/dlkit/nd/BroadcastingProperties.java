package org.dlkit.nd;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Properties of broadcasting on random shapes: each output element reads the input elements NumPy says it does. */
class BroadcastingProperties {

  @Property(tries = 200)
  void everyElementCombinesTheBroadcastInputs(@ForAll @IntRange(min = 0, max = 4) int rank,
      @ForAll @IntRange(min = 0, max = 4) int dropA, @ForAll @IntRange(min = 0, max = 4) int dropB,
      @ForAll long seed) {
    Random random = new Random(seed);
    int[] full = new int[rank];
    int[] a = new int[Math.max(0, rank - Math.min(dropA, rank))];
    int[] b = new int[Math.max(0, rank - Math.min(dropB, rank))];
    for (int i = 0; i < rank; i++) {
      full[i] = 1 + random.nextInt(4);
    }
    // Each operand takes the trailing axes of the full shape, with some stretched from 1.
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextBoolean() ? 1 : full[rank - a.length + i];
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = random.nextBoolean() ? 1 : full[rank - b.length + i];
    }
    NdArray x = NdArray.randn(random, a);
    NdArray y = NdArray.randn(random, b);
    NdArray sum = x.add(y);
    int[] index = new int[sum.ndim()];
    for (int flat = 0; flat < sum.size(); flat++) {
      int rest = flat;
      for (int d = index.length - 1; d >= 0; d--) {
        index[d] = rest % sum.shape(d);
        rest /= sum.shape(d);
      }
      assertEquals(x.get(project(index, a)) + y.get(project(index, b)), sum.get(index), 0.0);
    }
  }

  @Property(tries = 100)
  void sumToUndoesExpandBySumming(@ForAll @IntRange(min = 1, max = 4) int rows,
      @ForAll @IntRange(min = 1, max = 4) int cols, @ForAll @IntRange(min = 1, max = 3) int batch) {
    NdArray bias = NdArray.randn(rows + cols, cols);
    NdArray expanded = bias.expand(batch, rows, cols);
    assertEquals(true, expanded.sumTo(cols).allClose(bias.mul(batch * rows), 1e-12, 1e-12));
    assertEquals(true, expanded.sumTo(1, cols).allClose(bias.mul(batch * rows).reshape(1, cols), 1e-12, 1e-12));
  }

  /** Maps an output index to the operand's index: leading axes dropped, stretched axes read at 0. */
  private static int[] project(int[] index, int[] shape) {
    int[] out = new int[shape.length];
    int lead = index.length - shape.length;
    for (int i = 0; i < shape.length; i++) {
      out[i] = shape[i] == 1 ? 0 : index[lead + i];
    }
    return out;
  }
}
