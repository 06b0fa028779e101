package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/**
 * Binary cross-entropy on probabilities p with targets y, averaged: {@code -(y log q + (1 - y) log(1 - q))}
 * per element, where q is p kept within [ε, 1 - ε] so the logs stay finite. d/dp = (q - y) / (q (1 - q)) / n
 * where p lies inside the bounds and 0 where they cut it off; d/dy = -log(q / (1 - q)) / n.
 */
final class Bce extends Op {
  private final double epsilon;

  private Bce(Tensor probabilities, Tensor targets, double epsilon) {
    super(probabilities, targets);
    this.epsilon = epsilon;
  }

  static Tensor apply(Tensor probabilities, Tensor targets, double epsilon) {
    NdArray perExample = probabilities.data().zip("bce", targets.data(), (p, y) -> {
      double q = Math.min(Math.max(p, epsilon), 1 - epsilon);
      return -(y * Math.log(q) + (1 - y) * Math.log(1 - q));
    });
    NdArray out = NdArray.scalar(perExample.mean());
    return tracks(probabilities, targets) ? Tensor.node(out, new Bce(probabilities, targets, epsilon))
        : Tensor.constant(out);
  }

  @Override
  NdArray[] backward(NdArray grad) {
    NdArray p = input(0);
    double scale = grad.item() / p.size();
    double low = epsilon;
    double high = 1 - epsilon;
    return new NdArray[] {
      needs(0) ? p.zip("bce backward", input(1), (q, y) -> q >= low && q <= high ? scale * (q - y) / (q * (1 - q)) : 0)
          : null,
      needs(1) ? p.map(q -> {
        double kept = Math.min(Math.max(q, low), high);
        return -scale * Math.log(kept / (1 - kept));
      }) : null
    };
  }
}
