package org.dlkit.autograd;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dlkit.nd.NdArray;
import org.dlkit.nd.ShapeException;

/**
 * An {@link NdArray} together with the graph of operations that produced it, so that
 * {@link #backward()} can fill in gradients by the chain rule.
 *
 * <p>Leaves made with {@link #param} want gradients; their {@link #grad()} accumulates over calls
 * to {@code backward()} until {@link #zeroGrad()}. Results of operations on such tensors record the
 * operation; results on constants, or inside {@link #noGrad()}, record nothing.
 *
 * <pre>{@code
 * Tensor w = Tensor.param(NdArray.of(3, -2));
 * Tensor z = Tensor.of(NdArray.of(-1, 2)).matmul(w).add(1);   // z = -6
 * z.sigmoid().backward();
 * w.grad();                                                     // dσ/dw = σ'(z) x
 * }</pre>
 */
public final class Tensor {
  private static final AtomicInteger PASSES = new AtomicInteger();

  private final NdArray data;
  private final boolean requiresGrad;
  private final Op op;
  private NdArray grad;
  private boolean retainsGrad;
  /** The gradient summed so far from this tensor's consumers, during one backward pass. */
  private NdArray pending;
  private boolean pendingFresh; // pending is a new array nothing else holds: a leaf may keep it uncopied
  /** The last backward pass that visited this tensor. */
  private int visited;

  private Tensor(NdArray data, boolean requiresGrad, Op op) {
    this.data = data;
    this.requiresGrad = requiresGrad;
    this.op = op;
  }

  // ---------------------------------------------------------------- factories

  /** Returns a constant: it takes part in operations but gets no gradient. */
  public static Tensor of(NdArray data) {
    return new Tensor(data, false, null);
  }

  /** Returns a 1-D constant. */
  public static Tensor of(double... values) {
    return of(NdArray.of(values));
  }

  /** Returns a 0-dimensional constant. */
  public static Tensor scalar(double value) {
    return of(NdArray.scalar(value));
  }

  /** Returns a leaf that wants a gradient: a parameter to learn, or an input to differentiate by. */
  public static Tensor param(NdArray data) {
    return new Tensor(data, true, null);
  }

  /** Returns a 1-D leaf that wants a gradient. */
  public static Tensor param(double... values) {
    return param(NdArray.of(values));
  }

  /** Returns the result of a recorded operation. */
  static Tensor node(NdArray data, Op op) {
    return new Tensor(data, true, op);
  }

  /** Returns the result of an operation that needs no recording. */
  static Tensor constant(NdArray data) {
    return new Tensor(data, false, null);
  }

  /** Opens a scope in which operations record no graph; close it with try-with-resources. */
  public static NoGrad noGrad() {
    return new NoGrad();
  }

  // ---------------------------------------------------------------- state

  /** Returns the values; parameter updates may change them through {@code InPlace}. */
  public NdArray data() {
    return data;
  }

  /** Returns a copy of the shape. */
  public int[] shape() {
    return data.shape();
  }

  /** Returns the number of dimensions. */
  public int ndim() {
    return data.ndim();
  }

  /** Returns the only value of a one-element tensor. */
  public double item() {
    return data.item();
  }

  /** Returns true for a parameter, or a result computed from one outside a no-grad scope. */
  public boolean requiresGrad() {
    return requiresGrad;
  }

  /** Returns true when this tensor was made by {@link #param} rather than by an operation. */
  public boolean isLeaf() {
    return op == null;
  }

  /**
   * Returns the gradient accumulated by {@link #backward()}: zeros before any backward pass.
   * Intermediate results keep theirs only after {@link #retainGrad()}.
   */
  public NdArray grad() {
    if (!requiresGrad) {
      throw new IllegalStateException("grad: this tensor does not require a gradient; make it with Tensor.param(...)"
          + " to differentiate by it");
    }
    if (op != null && !retainsGrad) {
      throw new IllegalStateException("grad: only leaves keep their gradient; call retainGrad() on this "
          + op.name() + " result before backward() to keep it too");
    }
    return grad != null ? grad : NdArray.zeros(data.shape());
  }

  /** Asks an intermediate result to keep its gradient on the next backward pass. Returns this tensor. */
  public Tensor retainGrad() {
    retainsGrad = true;
    return this;
  }

  /** Forgets the accumulated gradient; the next backward pass starts from zero. */
  public void zeroGrad() {
    grad = null;
  }

  /** Returns a constant with the same values, cut off from the graph. */
  public Tensor detach() {
    return of(data);
  }

  // ---------------------------------------------------------------- backward

  /**
   * Computes the gradient of this scalar with respect to every tensor it depends on, by the chain
   * rule in reverse topological order. Leaves add the result to their {@link #grad()}, so a
   * second call adds the same gradient again: call {@link #zeroGrad()} (or an optimizer's) between
   * steps. The graph is kept, so calling backward twice is allowed.
   *
   * @throws ShapeException if this tensor has more than one element
   * @throws IllegalStateException if nothing in its graph wants a gradient
   */
  public void backward() {
    if (data.size() != 1) {
      throw new ShapeException("backward: needs a scalar (one-element) tensor to start from, but this one has shape "
          + ShapeException.format(data.shape()) + "; reduce it first, e.g. with sum() or mean()");
    }
    if (!requiresGrad) {
      throw new IllegalStateException("backward: this tensor does not depend on any tensor made with Tensor.param(...)"
          + " (or it was computed inside a noGrad() scope), so there is nothing to differentiate");
    }
    List<Tensor> order = TopologicalOrder.of(this, PASSES.incrementAndGet());
    pending = NdArray.ones(data.shape());
    pendingFresh = true;
    // Walk from the output back to the leaves; each tensor's gradient is complete once all its consumers ran.
    for (int i = order.size() - 1; i >= 0; i--) {
      Tensor t = order.get(i);
      NdArray g = t.pending;
      t.pending = null;
      if (t.op == null || t.retainsGrad) {
        // g may be shared with other tensors, and optimizers may update grad in place: keep g only if it is fresh.
        t.grad = t.grad != null ? t.grad.add(g) : t.pendingFresh && g.isContiguous() ? g : g.copy();
      }
      if (t.op != null) {
        NdArray[] inputGrads = t.op.backward(g);
        Tensor[] inputs = t.op.inputs();
        for (int j = 0; j < inputs.length; j++) {
          if (inputs[j].requiresGrad && inputGrads[j] != null) {
            Tensor in = inputs[j];
            // A sum is a new array; an op's own gradient is new only if the op says so.
            in.pendingFresh = in.pending != null || t.op.freshGradients();
            in.pending = in.pending == null ? inputGrads[j] : in.pending.add(inputGrads[j]);
          }
        }
      }
    }
  }

  /** Returns the op that made this tensor, or null for a leaf or a constant. */
  Op op() {
    return op;
  }

  /** Marks this tensor as reached in backward pass {@code pass}; returns false when it already was. */
  boolean reach(int pass) {
    if (visited == pass) {
      return false;
    }
    visited = pass;
    return true;
  }

  // ---------------------------------------------------------------- arithmetic

  /** Returns {@code this + other}, broadcast. */
  public Tensor add(Tensor other) {
    return Add.apply(this, other);
  }

  /** Returns {@code this + value}. */
  public Tensor add(double value) {
    return Add.apply(this, scalar(value));
  }

  /** Returns {@code this - other}, broadcast. */
  public Tensor sub(Tensor other) {
    return Sub.apply(this, other);
  }

  /** Returns {@code this - value}. */
  public Tensor sub(double value) {
    return Sub.apply(this, scalar(value));
  }

  /** Returns {@code this * other} elementwise, broadcast. */
  public Tensor mul(Tensor other) {
    return Mul.apply(this, other);
  }

  /** Returns {@code this * value}. */
  public Tensor mul(double value) {
    return Mul.apply(this, scalar(value));
  }

  /** Returns {@code this / other} elementwise, broadcast. */
  public Tensor div(Tensor other) {
    return Div.apply(this, other);
  }

  /** Returns {@code this / value}. */
  public Tensor div(double value) {
    return Div.apply(this, scalar(value));
  }

  /** Returns {@code -this}. */
  public Tensor neg() {
    return Neg.apply(this);
  }

  /** Returns {@code this ^ exponent} elementwise. */
  public Tensor pow(double exponent) {
    return Pow.apply(this, exponent);
  }

  /** Returns {@code e^this} elementwise. */
  public Tensor exp() {
    return Exp.apply(this);
  }

  /** Returns the natural logarithm elementwise. */
  public Tensor log() {
    return Log.apply(this);
  }

  /** Returns the matrix product (2-D, batched 3-D, and 1-D vectors as in NumPy's matmul). */
  public Tensor matmul(Tensor other) {
    return MatMul.apply(this, other);
  }

  // ---------------------------------------------------------------- nonlinearities

  /** Returns {@code max(0, x)} elementwise. */
  public Tensor relu() {
    return Relu.apply(this);
  }

  /** Returns the values limited to [min, max]; clipped elements pass no gradient. */
  public Tensor clamp(double min, double max) {
    return Clamp.apply(this, min, max);
  }

  /** Returns the logistic sigmoid elementwise, finite for any input. */
  public Tensor sigmoid() {
    return Sigmoid.apply(this);
  }

  /** Returns the hyperbolic tangent elementwise. */
  public Tensor tanh() {
    return Tanh.apply(this);
  }

  /** Returns {@code exp(x) / sum(exp(x))} along {@code axis}, computed without overflow. */
  public Tensor softmax(int axis) {
    return sub(logsumexp(axis, true)).exp();
  }

  /** Returns {@code x - logsumexp(x)} along {@code axis}, computed without overflow. */
  public Tensor logSoftmax(int axis) {
    return sub(logsumexp(axis, true));
  }

  /** Returns {@code log(sum(exp(x)))} along {@code axis}: the maximum is shifted out first so nothing overflows. */
  public Tensor logsumexp(int axis, boolean keepDims) {
    // The shift is a constant: its contributions through (x - m) and (+ m) cancel exactly.
    Tensor shift = of(data.max(true, axis).map(m -> Double.isInfinite(m) ? 0 : m));
    Tensor result = sub(shift).exp().sum(true, axis).log().add(shift);
    if (keepDims) {
      return result;
    }
    int[] kept = new int[ndim() - 1];
    for (int i = 0, j = 0, a = axis < 0 ? axis + ndim() : axis; i < ndim(); i++) {
      if (i != a) {
        kept[j++] = data.shape(i);
      }
    }
    return result.reshape(kept);
  }

  // ---------------------------------------------------------------- reductions

  /** Returns the sum of all elements as a 0-dimensional tensor. */
  public Tensor sum() {
    return Sum.apply(this, false);
  }

  /** Returns sums along the given axes (all if none), keeping them as size 1 if asked. */
  public Tensor sum(boolean keepDims, int... axes) {
    return Sum.apply(this, keepDims, axes);
  }

  /** Returns the mean of all elements as a 0-dimensional tensor. */
  public Tensor mean() {
    return Mean.apply(this, false);
  }

  /** Returns means along the given axes (all if none), keeping them as size 1 if asked. */
  public Tensor mean(boolean keepDims, int... axes) {
    return Mean.apply(this, keepDims, axes);
  }

  /** Returns maxima along the given axes (all if none); ties share the gradient equally. */
  public Tensor max(boolean keepDims, int... axes) {
    return MaxReduce.apply(this, keepDims, axes);
  }

  // ---------------------------------------------------------------- movement

  /** Returns the same values in a new shape (one {@code -1} is inferred). */
  public Tensor reshape(int... shape) {
    return Reshape.apply(this, shape);
  }

  /** Returns the tensor with its axes reversed; for a matrix, its transpose. */
  public Tensor transpose() {
    int[] order = new int[ndim()];
    for (int i = 0; i < order.length; i++) {
      order[i] = order.length - 1 - i;
    }
    return permute(order);
  }

  /** Returns the tensor with two axes swapped. */
  public Tensor transpose(int axis1, int axis2) {
    data.transpose(axis1, axis2); // an O(1) view; rejects out-of-range axes with a clear message
    int[] order = new int[ndim()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    int a = axis1 < 0 ? axis1 + ndim() : axis1;
    int b = axis2 < 0 ? axis2 + ndim() : axis2;
    order[a] = b;
    order[b] = a;
    return permute(order);
  }

  /** Returns the tensor whose axis {@code i} is this tensor's axis {@code order[i]}. */
  public Tensor permute(int... order) {
    return Permute.apply(this, order);
  }

  /** Returns the tensor broadcast to {@code shape} (size-1 axes repeat). */
  public Tensor expand(int... shape) {
    return Expand.apply(this, shape);
  }

  /** Prints the values like NumPy, then whether the tensor wants a gradient and which op made it. */
  @Override
  public String toString() {
    String trailer = op != null ? "grad_fn=" + op.name() : requiresGrad ? "requiresGrad" : "";
    return data.toString("Tensor", trailer);
  }
}
