package org.dlkit.nn;

import java.util.ArrayList;
import java.util.List;
import org.dlkit.autograd.Tensor;

/**
 * A piece of a network: it maps a batch of inputs to outputs with {@link #forward}, owns
 * parameters (tensors made with {@code Tensor.param}) and may contain other modules.
 *
 * <p>Modules start in training mode; {@link #eval()} switches layers such as {@link Dropout} to
 * their inference behaviour, for the module and everything inside it.
 */
public abstract class Module {
  private boolean training = true;

  /** Returns the outputs for a batch of inputs, shape [batch, features] for most layers. */
  public abstract Tensor forward(Tensor input);

  /** Returns the modules directly inside this one; none by default. */
  public List<Module> children() {
    return List.of();
  }

  /** Returns the parameters this module itself holds, not those of its children; none by default. */
  protected List<Tensor> ownParameters() {
    return List.of();
  }

  /** Returns every parameter of this module and of the modules inside it, in a stable order. */
  public final List<Tensor> parameters() {
    List<Tensor> all = new ArrayList<>(ownParameters());
    for (Module child : children()) {
      all.addAll(child.parameters());
    }
    return all;
  }

  /** Returns the number of learnable numbers in {@link #parameters()}. */
  public final int parameterCount() {
    int count = 0;
    for (Tensor p : parameters()) {
      count += p.data().size();
    }
    return count;
  }

  /** Forgets the gradients of every parameter. */
  public final void zeroGrad() {
    for (Tensor p : parameters()) {
      p.zeroGrad();
    }
  }

  /** Switches this module and its children to training mode. Returns this module. */
  public final Module train() {
    setTraining(true);
    return this;
  }

  /** Switches this module and its children to evaluation mode (dropout off). Returns this module. */
  public final Module eval() {
    setTraining(false);
    return this;
  }

  /** Returns true in training mode. */
  public final boolean isTraining() {
    return training;
  }

  private void setTraining(boolean on) {
    training = on;
    for (Module child : children()) {
      child.setTraining(on);
    }
  }
}
