package org.dlkit.optim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dlkit.autograd.Tensor;
import org.dlkit.nd.InPlace;
import org.dlkit.nd.NdArray;

/**
 * Updates a list of parameters from their gradients, one {@link #step()} at a time. A training
 * loop calls {@link #zeroGrad()}, computes the loss, calls {@code loss.backward()}, then
 * {@link #step()}:
 *
 * <pre>{@code
 * Optimizer optimizer = Sgd.builder(model.parameters()).learningRate(0.1).momentum(0.9).build();
 * for (int epoch = 0; epoch < 20; epoch++) {
 *   optimizer.setLearningRate(schedule.rate(epoch));
 *   optimizer.zeroGrad();
 *   Losses.mse(model.forward(x), y).backward();
 *   optimizer.step();
 * }
 * }</pre>
 *
 * <p>Each subclass writes one update rule in {@link #update}, following PyTorch's {@code torch.optim}
 * conventions. Parameters' values change in place (through {@link InPlace}), so the model sees
 * the new values without being rebuilt. State such as a velocity lives in one buffer per
 * parameter, made once by {@link #zerosLikeParameters()}.
 *
 * <p>A parameter that received no gradient (it took no part in the loss) has a zero gradient, so
 * it still takes part in the step: momentum keeps moving it and weight decay still shrinks it.
 * PyTorch instead skips parameters whose {@code grad} is {@code None}.
 */
public abstract class Optimizer {
  private final List<Tensor> parameters;
  private double learningRate;
  private int stepCount;

  /**
   * Creates an optimizer over {@code parameters}: leaves made with {@code Tensor.param}, such as
   * {@code model.parameters()}. A parameter listed twice (a shared weight) is updated once.
   *
   * @throws IllegalArgumentException if the list is empty, holds something that is not a
   *     parameter, or the learning rate is not {@code > 0} and finite
   */
  protected Optimizer(List<Tensor> parameters, double learningRate) {
    this.parameters = distinctParameters(name(), parameters);
    this.learningRate = Preconditions.positive(name(), "learningRate", learningRate);
  }

  /** Checks every parameter and drops repeats, keeping the first place each one appears. */
  private static List<Tensor> distinctParameters(String where, List<Tensor> parameters) {
    Objects.requireNonNull(parameters, () -> where + ": parameters must not be null");
    if (parameters.isEmpty()) {
      throw new IllegalArgumentException(where + ": parameters must not be empty (pass model.parameters())");
    }
    Set<Tensor> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Tensor> distinct = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      Tensor p = parameters.get(i);
      if (p == null || !p.requiresGrad() || !p.isLeaf()) {
        String was = p == null ? "null" : p.isLeaf() ? "a constant" : "the result of an operation";
        throw new IllegalArgumentException(
            where + ": parameters[" + i + "] must be a leaf made with Tensor.param(...), but was " + was);
      }
      if (p.data().contiguous() != p.data()) {
        throw new IllegalArgumentException(where + ": parameters[" + i + "] must hold a contiguous array to be updated"
            + " in place, but holds a strided view; make it with Tensor.param(array.copy())");
      }
      if (seen.add(p)) {
        distinct.add(p);
      }
    }
    return List.copyOf(distinct);
  }

  /**
   * Moves every parameter one step against its gradient by this optimizer's rule, then counts the
   * step. Call it after {@code loss.backward()}. Modifies the parameters' values and the state.
   */
  public final void step() {
    stepCount++;
    for (int i = 0; i < parameters.size(); i++) {
      Tensor p = parameters.get(i);
      update(i, p.data(), p.grad());
    }
  }

  /**
   * Applies this optimizer's rule to parameter number {@code index}: {@code theta} is its value
   * (modify it in place), {@code gradient} its gradient (read it; it belongs to the tensor).
   * {@link #stepCount()} already counts the step being made, so it is 1 on the first call.
   */
  protected abstract void update(int index, NdArray theta, NdArray gradient);

  /** Forgets every parameter's gradient, so the next {@code backward()} starts from zero. */
  public final void zeroGrad() {
    for (Tensor p : parameters) {
      p.zeroGrad();
    }
  }

  /** Returns the learning rate the next step uses. */
  public final double learningRate() {
    return learningRate;
  }

  /**
   * Sets the learning rate for the following steps, e.g. from a {@link LearningRateSchedule}
   * once per epoch. The state (velocities, averages) is kept. A rate of 0, which some schedules
   * reach at their end, leaves the parameters where they are.
   *
   * @throws IllegalArgumentException if {@code learningRate} is not {@code >= 0} and finite
   */
  public final void setLearningRate(double learningRate) {
    this.learningRate = Preconditions.nonNegative(name(), "learningRate", learningRate);
  }

  /** Returns the number of steps taken so far. */
  public final int stepCount() {
    return stepCount;
  }

  /** Returns the parameters this optimizer updates, each once, in the order given. */
  public final List<Tensor> parameters() {
    return parameters;
  }

  /** Returns one array of zeros per parameter, shaped like it, to hold per-parameter state. */
  protected final List<NdArray> zerosLikeParameters() {
    List<NdArray> buffers = new ArrayList<>(parameters.size());
    for (Tensor p : parameters) {
      buffers.add(NdArray.zeros(p.shape()));
    }
    return List.copyOf(buffers);
  }

  /**
   * Writes {@code g + λθ} into {@code into} and returns it: the gradient of the loss plus that of
   * the L2 penalty {@code λ‖θ‖²/2}, which is how PyTorch's {@code weight_decay} works in SGD and
   * Adam. Modifies {@code into}.
   */
  protected static NdArray withWeightDecay(NdArray gradient, NdArray theta, double weightDecay, NdArray into) {
    InPlace.copyInto(into, gradient);
    InPlace.axpy(weightDecay, theta, into);
    return into;
  }

  /** Writes {@code g²} (elementwise) into {@code into} and returns it. Modifies {@code into}. */
  protected static NdArray squared(NdArray g, NdArray into) {
    InPlace.copyInto(into, g);
    InPlace.mulInPlace(into, g);
    return into;
  }

  /** Returns the name used in messages: the class's simple name. */
  private String name() {
    String name = getClass().getSimpleName();
    return name.isEmpty() ? "Optimizer" : name;
  }
}
