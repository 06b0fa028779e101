package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/**
 * Softmax cross-entropy for logits [n, classes] and integer labels, averaged over the n examples:
 * {@code logsumexp(x_i) - x_i[label_i]}. d/dx = (softmax(x) - onehot(labels)) / n.
 */
final class CrossEntropy extends Op {
  private final int[] labels;
  private final NdArray logSumExp;

  private CrossEntropy(Tensor logits, int[] labels, NdArray logSumExp) {
    super(logits);
    this.labels = labels;
    this.logSumExp = logSumExp;
  }

  static Tensor apply(Tensor logits, int[] labels) {
    NdArray x = logits.data();
    NdArray logSumExp = x.logsumexp(true, 1);
    double total = 0;
    for (int i = 0; i < labels.length; i++) {
      total += logSumExp.get(i, 0) - x.get(i, labels[i]);
    }
    NdArray out = NdArray.scalar(total / labels.length);
    return output(out, logits, () -> new CrossEntropy(logits, labels, logSumExp));
  }

  @Override
  NdArray[] backward(NdArray grad) {
    double[] local = input(0).sub(logSumExp).exp().toArray(); // softmax, row by row
    int classes = input(0).shape(1);
    for (int i = 0; i < labels.length; i++) {
      local[i * classes + labels[i]] -= 1;
    }
    return one(NdArray.of(local, input(0).shape()).mul(grad.item() / labels.length));
  }
}
