package org.dlkit.nn;

import java.util.Random;
import org.dlkit.nd.NdArray;

/** Draws the starting values of a [fanIn, fanOut] weight matrix from a seeded random source. */
@FunctionalInterface
public interface Initializer {
  /** Returns a [fanIn, fanOut] array of starting weights drawn from {@code random}. */
  NdArray sample(int fanIn, int fanOut, Random random);
}
