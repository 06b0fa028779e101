package org.dlkit.autograd;

import java.util.function.Supplier;
import org.dlkit.nd.NdArray;

/**
 * One recorded step of a graph: the inputs of a differentiable primitive and the rule that sends
 * the output's gradient back to them. Each primitive is a small final subclass whose static
 * {@code apply} computes the forward value and whose {@link #backward} sits right beside it.
 */
abstract class Op {
  private final Tensor[] inputs;

  Op(Tensor... inputs) {
    this.inputs = inputs;
  }

  /**
   * Returns, for each input, the gradient of the final scalar with respect to that input, given
   * {@code grad}, its gradient with respect to this op's output. An entry may be null when that
   * input needs no gradient (see {@link #needs}).
   */
  abstract NdArray[] backward(NdArray grad);

  /**
   * Returns true when every gradient {@link #backward} returns is a new array that nothing else
   * holds (not {@code grad}, not an input, not another returned gradient), so a leaf may keep it as
   * its own gradient without copying it. False unless an op overrides it.
   */
  boolean freshGradients() {
    return false;
  }

  /** Returns the value of input {@code i}, as the forward pass saw it. */
  final NdArray input(int i) {
    return inputs[i].data();
  }

  /** Returns true when input {@code i} wants a gradient, so the backward can skip the others. */
  final boolean needs(int i) {
    return inputs[i].requiresGrad();
  }

  final Tensor[] inputs() {
    return inputs;
  }

  /** Returns a short name for graph displays, the class name by default. */
  String name() {
    return getClass().getSimpleName();
  }

  /**
   * Returns {@code out} as the output of the op that {@code record} makes, when grad mode is on
   * and {@code x} wants a gradient; else as a constant, and the op is never made.
   */
  static Tensor output(NdArray out, Tensor x, Supplier<Op> record) {
    return tracks(x) ? Tensor.node(out, record.get()) : Tensor.constant(out);
  }

  /** Returns {@code out} as the output of {@code record}'s op when {@code a} or {@code b} wants a gradient, else as a constant. */
  static Tensor output(NdArray out, Tensor a, Tensor b, Supplier<Op> record) {
    return tracks(a, b) ? Tensor.node(out, record.get()) : Tensor.constant(out);
  }

  /** Returns the gradients of a one-input op: just {@code grad}. */
  static NdArray[] one(NdArray grad) {
    return new NdArray[] {grad};
  }

  /** Returns true when an op over these inputs must be recorded: grad mode is on and some input wants a gradient. */
  static boolean tracks(Tensor a) {
    return a.requiresGrad() && NoGrad.enabled();
  }

  /** Returns true when an op over these inputs must be recorded: grad mode is on and some input wants a gradient. */
  static boolean tracks(Tensor a, Tensor b) {
    return (a.requiresGrad() || b.requiresGrad()) && NoGrad.enabled();
  }
}
