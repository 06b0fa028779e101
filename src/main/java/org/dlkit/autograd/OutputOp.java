package org.dlkit.autograd;

import org.dlkit.nd.NdArray;

/** A one-input op whose derivative is written in terms of its own output (e^x, σ, tanh), which it keeps for the backward. */
abstract class OutputOp extends Op {
  /** The forward pass's output. */
  final NdArray out;

  OutputOp(Tensor x, NdArray out) {
    super(x);
    this.out = out;
  }
}
