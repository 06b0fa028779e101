package org.dlkit.autograd;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists the tensors a result depends on, each after all of its inputs and the result last: the
 * order backward walks in reverse. Iterative, so graphs deeper than the call stack are fine.
 */
final class TopologicalOrder {
  private TopologicalOrder() {}

  /** Returns the tensors that {@code root} depends on and that want gradients, inputs first, marking them reached in {@code pass}. */
  static List<Tensor> of(Tensor root, int pass) {
    List<Tensor> order = new ArrayList<>();
    List<Tensor> stack = new ArrayList<>();
    List<Integer> nextInput = new ArrayList<>();
    root.reach(pass);
    stack.add(root);
    nextInput.add(0);
    while (!stack.isEmpty()) {
      int top = stack.size() - 1;
      Tensor t = stack.get(top);
      Tensor[] inputs = t.op() == null ? new Tensor[0] : t.op().inputs();
      int j = nextInput.get(top);
      while (j < inputs.length && (!inputs[j].requiresGrad() || !inputs[j].reach(pass))) {
        j++;
      }
      if (j < inputs.length) {
        // Depth first: go into input j, and come back for input j + 1.
        nextInput.set(top, j + 1);
        stack.add(inputs[j]);
        nextInput.add(0);
      } else {
        order.add(t);
        stack.remove(top);
        nextInput.remove(top);
      }
    }
    return order;
  }
}
