// Mistake: sigmoid's backwardStep computes σ' from the input z as z(1 - z) instead of from σ(z) = out.data
// Look at: which value sigmoid's backwardStep builds σ' from: the input, or the output?
// Exercise: scalar-engine
/** A number that remembers how it was computed, so that backward() can find d(this)/d(every input). */
class Scalar {
    final double data;
    double grad;
    final List<Scalar> children;
    /** Adds this node's gradient, times the local derivatives, into its children's grad; set by the op that made it. */
    Runnable backwardStep = () -> {};

    Scalar(double data, Scalar... children) {
        this.data = data;
        this.children = List.of(children);
    }

    Scalar add(Scalar other) {
        Scalar out = new Scalar(data + other.data, this, other);
        out.backwardStep = () -> {
            this.grad += out.grad;
            other.grad += out.grad;
        };
        return out;
    }

    Scalar mul(Scalar other) {
        Scalar out = new Scalar(data * other.data, this, other);
        out.backwardStep = () -> {
            this.grad += other.data * out.grad;
            other.grad += this.data * out.grad;
        };
        return out;
    }

    Scalar sigmoid() {
        Scalar out = new Scalar(NdArray.sigmoid(data), this);
        out.backwardStep = () -> {
            this.grad += this.data * (1 - this.data) * out.grad;
        };
        return out;
    }

    /** Returns this - other, made of add and mul so that it needs no backward of its own. */
    Scalar sub(Scalar other) {
        return add(other.mul(new Scalar(-1)));
    }

    /** Appends to order every node this was computed from, then this: each node once, after all of its children. */
    void buildOrder(Set<Scalar> visited, List<Scalar> order) {
        if (visited.add(this)) {
            for (Scalar child : children) {
                child.buildOrder(visited, order);
            }
            order.add(this);
        }
    }

    /** Sets grad, on this and on every node it was computed from, to d(this)/d(that node). */
    void backward() {
        List<Scalar> order = new ArrayList<>();
        buildOrder(new HashSet<>(), order);
        for (Scalar node : order) {
            node.grad = 0;
        }
        grad = 1;
        for (int i = order.size() - 1; i >= 0; i--) {
            order.get(i).backwardStep.run();
        }
    }
}
