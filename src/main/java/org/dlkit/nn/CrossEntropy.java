package org.dlkit.nn;

import org.dlkit.autograd.Losses;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.NdArray;

/**
 * Softmax cross-entropy for k classes: J = mean(-log softmax(z)[y]) over logits z [n, k] and
 * integer labels y. The model ends without a softmax; the loss applies it stably.
 */
public final class CrossEntropy implements Loss {
  @Override
  public Tensor compute(Tensor output, NdArray targets) {
    return Losses.crossEntropy(output, Targets.labels(targets));
  }

  @Override
  public int[] predictedClasses(NdArray output) {
    double[] best = output.argmax(-1).toArray();
    int[] classes = new int[best.length];
    for (int i = 0; i < best.length; i++) {
      classes[i] = (int) best[i];
    }
    return classes;
  }

  @Override
  public String toString() {
    return "CrossEntropy";
  }
}
