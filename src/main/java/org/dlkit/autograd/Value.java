package org.dlkit.autograd;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A scalar that remembers how it was computed, so that {@link #backward()} can find the derivative
 * of it with respect to every value it was computed from. This is the whole backprop engine of the
 * lab, after Andrej Karpathy's micrograd: each operation computes its output and, right beside it,
 * a closure that applies the chain rule for that one step.
 *
 * <pre>{@code
 * Value w1 = Value.of(3, "w1"), w2 = Value.of(-2, "w2");
 * Value z = Value.of(1).add(w1.mul(-1)).add(w2.mul(2));   // bias + w . x, with x = (-1, 2): z = -6
 * Value y = z.sigmoid();                                  // 0.002473
 * y.backward();
 * w1.grad();                                              // dy/dw1 = y (1 - y) * -1
 * }</pre>
 */
public final class Value {
  private final double data;
  double grad;
  private final List<Value> children;
  private final String op;
  private final String label;
  private Runnable backward = () -> {};

  private Value(double data, List<Value> children, String op, String label) {
    this.data = data;
    this.children = children;
    this.op = op;
    this.label = label;
  }

  /** Returns a leaf: a value computed from nothing, such as an input or a weight. */
  public static Value of(double data) {
    return new Value(data, List.of(), "", null);
  }

  /** Returns a leaf with a name, shown by {@link #toString()} and by graph drawings. */
  public static Value of(double data, String label) {
    return new Value(data, List.of(), "", label);
  }

  /** Returns {@code this + other}; d/dthis = d/dother = 1. */
  public Value add(Value other) {
    Value out = new Value(data + other.data, List.of(this, other), "+", null);
    out.backward = () -> {
      this.grad += out.grad;
      other.grad += out.grad;
    };
    return out;
  }

  /** Returns {@code this * other}; d/dthis = other, d/dother = this. */
  public Value mul(Value other) {
    Value out = new Value(data * other.data, List.of(this, other), "*", null);
    out.backward = () -> {
      this.grad += other.data * out.grad;
      other.grad += this.data * out.grad;
    };
    return out;
  }

  /** Returns this^exponent for a constant exponent; d/dthis = exponent * this^(exponent-1). */
  public Value pow(double exponent) {
    Value out = new Value(Math.pow(data, exponent), List.of(this), "**" + exponent, null);
    out.backward = () -> this.grad += exponent * Math.pow(data, exponent - 1) * out.grad;
    return out;
  }

  /** Returns {@code e^this}; d/dthis = e^this. */
  public Value exp() {
    Value out = new Value(Math.exp(data), List.of(this), "exp", null);
    out.backward = () -> this.grad += out.data * out.grad;
    return out;
  }

  /**
   * Returns the natural logarithm of this; d/dthis = 1 / this. Like {@link Math#log}, it throws
   * nothing outside the domain: log(0) is -Infinity (gradient Infinity), and log of a negative
   * number is NaN.
   */
  public Value log() {
    Value out = new Value(Math.log(data), List.of(this), "log", null);
    out.backward = () -> this.grad += out.grad / data;
    return out;
  }

  /** Returns {@code tanh(this)}; d/dthis = 1 - tanh^2. */
  public Value tanh() {
    Value out = new Value(Math.tanh(data), List.of(this), "tanh", null);
    out.backward = () -> this.grad += (1 - out.data * out.data) * out.grad;
    return out;
  }

  /**
   * Returns the logistic sigmoid {@code 1 / (1 + e^-this)}; d/dthis = sigmoid (1 - sigmoid). Stable
   * for any input: e^x is only taken of x <= 0, so sigmoid(±1000) is 1 or 0 with gradient 0.
   */
  public Value sigmoid() {
    double s = data >= 0 ? 1 / (1 + Math.exp(-data)) : Math.exp(data) / (1 + Math.exp(data));
    Value out = new Value(s, List.of(this), "sigmoid", null);
    out.backward = () -> this.grad += s * (1 - s) * out.grad;
    return out;
  }

  /** Returns {@code max(0, this)}; d/dthis = 1 where this > 0, else 0 (also at 0). */
  public Value relu() {
    Value out = new Value(Math.max(0, data), List.of(this), "relu", null);
    out.backward = () -> this.grad += (out.data > 0 ? 1 : 0) * out.grad;
    return out;
  }

  // The rest are rewrites in terms of the primitives above, so their gradients come for free.

  public Value add(double other) { return add(of(other)); }
  public Value mul(double other) { return mul(of(other)); }
  public Value neg() { return mul(-1); }
  public Value sub(Value other) { return add(other.neg()); }
  public Value sub(double other) { return sub(of(other)); }
  public Value div(Value other) { return mul(other.pow(-1)); }
  public Value div(double other) { return div(of(other)); }

  /**
   * Sets {@code grad} of every value this was computed from to d(this)/d(that value), by the chain
   * rule in reverse topological order. Works on graphs of any depth (no recursion).
   *
   * <p><b>Calling it twice.</b> Leaves (values made by {@link #of}) accumulate: each call adds
   * d(this)/d(leaf) into their {@code grad}, as PyTorch does, so a second call without {@link
   * #zeroGrad()} leaves every leaf with exactly twice its gradient. Computed values, this one
   * included, start each call from 0, so they hold this call's gradient only (this.grad is 1).
   * This is the micrograd trap: when a training loop forgets {@code zeroGrad()} between passes, the
   * weights' gradients silently pile up. Call {@code zeroGrad()} before every {@code backward()}.
   */
  public void backward() {
    List<Value> topo = topo();
    for (Value v : topo) if (!v.children.isEmpty()) v.grad = 0;   // leaves keep theirs (see above)
    // Seed d(this)/d(this) = 1, then walk from this back to the leaves: by the time a node's
    // closure runs, every node computed from it has already added its share into its grad.
    grad += 1;
    for (int i = topo.size() - 1; i >= 0; i--) {
      topo.get(i).backward.run();
    }
  }

  /** Sets {@code grad} to 0 on this and on every value it was computed from. */
  public void zeroGrad() {
    for (Value v : topo()) v.grad = 0;
  }

  /** Returns this and everything it was computed from, each after all of its children. */
  private List<Value> topo() {
    // Depth-first search on an explicit stack (a 100,000-deep graph would overflow the call stack):
    // a node is seen when first on top, and placed in the order when on top again, children done.
    List<Value> order = new ArrayList<>();
    Set<Value> seen = new HashSet<>(), placed = new HashSet<>();
    Deque<Value> stack = new ArrayDeque<>();
    stack.push(this);
    while (!stack.isEmpty()) {
      Value v = stack.peek();
      if (seen.add(v)) {
        for (Value child : v.children) {
          if (!seen.contains(child)) stack.push(child);
        }
      } else {
        stack.pop();
        if (placed.add(v)) order.add(v);
      }
    }
    return order;
  }

  /** The number this value holds. */
  public double data() { return data; }

  /** d(root)/d(this) as left by {@link #backward()} (summed over calls, for a leaf); 0 at first. */
  public double grad() { return grad; }

  /** The inputs this value was computed from, in argument order; empty for a leaf. */
  public List<Value> children() { return children; }

  /** The operation that produced this value, such as "+", "*", "**2.0" or "tanh"; "" for a leaf. */
  public String op() { return op; }

  /** The name given in {@link #of(double, String)}, or null. */
  public String label() { return label; }

  /** Returns e.g. {@code Value(data=0.5, grad=0.25)}; a label is shown as {@code , label=w1}. */
  @Override
  public String toString() {
    String named = label == null ? "" : ", label=" + label;
    return "Value(data=" + data + ", grad=" + grad + named + ")";
  }
}
