package org.dlkit.bench;

import java.io.PrintStream;
import java.util.List;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.data.Datasets;
import org.dlkit.nd.Blas;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.BinaryCrossEntropy;
import org.dlkit.nn.CrossEntropy;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Dropout;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.Loss;
import org.dlkit.nn.Module;
import org.dlkit.nn.ReLU;
import org.dlkit.nn.Sequential;
import org.dlkit.nn.Sigmoid;
import org.dlkit.nn.Tanh;
import org.dlkit.optim.Adam;
import org.dlkit.optim.Optimizer;
import org.dlkit.optim.Sgd;
import org.dlkit.train.Batch;
import org.dlkit.train.DataLoader;
import org.dlkit.train.Trainer;

/**
 * Times one training step of the library's workloads, printed by {@code dlkit bench train}:
 * W1, a 2-16-16-1 tanh/sigmoid MLP on 200 moons points, full batch, BCE + SGD; W3, a 784-128-10
 * ReLU MLP on batches of 64, softmax cross-entropy + SGD, with the time of a whole epoch; W4, W3
 * with dropout 0.5 and Adam. W3 and W4 train on Fashion-MNIST when it is installed and on random
 * data of the same shape otherwise, and say which.
 */
public final class TrainBench {
  private static final int BATCH = 64;

  private final boolean quick;
  private final Stopwatch stopwatch;

  /** Creates the benchmark; {@code quick} uses tiny sizes and few repeats, for tests. */
  public TrainBench(boolean quick) {
    this.quick = quick;
    this.stopwatch = Stopwatch.of(quick);
  }

  /** Runs W1, W3 and W4 and prints one line per measure to {@code out}. */
  public void run(PrintStream out) {
    out.printf("dlkit bench train: java %s (%s), BLAS %s, %d cores%s%n", System.getProperty("java.version"),
        System.getProperty("java.vm.vendor"), Blas.implementation(), Runtime.getRuntime().availableProcessors(),
        quick ? ", quick run (tiny sizes, figures not meaningful)" : "");
    Initializers.seed(0);
    Dataset moons = Datasets.moons(200, 0.1, 1);
    Sequential w1 = new Sequential(new Dense(2, 16, new Tanh()), new Dense(16, 16, new Tanh()),
        new Dense(16, 1, new Sigmoid()));
    Step first = new Step(w1, BinaryCrossEntropy.onProbabilities(), Sgd.of(w1.parameters(), 0.5),
        List.of(new Batch(moons.features(), moons.targets(), new int[moons.size()])));
    report(out, "W1 2-16-16-1 tanh/sigmoid, 200 moons, full batch, BCE + SGD", first);

    Images images = images();
    int hidden = quick ? 16 : 128;
    Sequential w3 = new Sequential(new Dense(784, hidden, new ReLU()), new Dense(hidden, 10, new Identity()));
    Optimizer sgd = Sgd.of(w3.parameters(), 0.01);
    DataLoader loader = DataLoader.of(images.data, BATCH).shuffled(1);
    Step third = new Step(w3, new CrossEntropy(), sgd, List.copyOf(loader.batches(0)));
    report(out, "W3 784-" + hidden + "-10 ReLU, batch 64, softmax CE + SGD, " + images.source, third);
    long start = System.nanoTime();
    Trainer.of(w3, new CrossEntropy(), sgd).epochs(1).fit(loader);
    out.printf("W3 one epoch of %,d examples (loader included): %.2f s%n", images.data.size(),
        (System.nanoTime() - start) / 1e9);

    Sequential w4 = new Sequential(new Dense(784, hidden, new ReLU()), new Dropout(0.5),
        new Dense(hidden, 10, new Identity()));
    Step fourth = new Step(w4, new CrossEntropy(), Adam.of(w4.parameters(), 1e-3), List.copyOf(loader.batches(1)));
    report(out, "W4 W3 + dropout 0.5, Adam, " + images.source, fourth);
  }

  private void report(PrintStream out, String workload, Step step) {
    step.run();
    double before = step.lossValue;
    double micros = stopwatch.median(step::run) * 1e6;
    out.printf("%s: %.1f µs/step (median); loss %.4f after 1 step, %.4f after %,d%n", workload, micros, before,
        step.lossValue, step.steps);
  }

  /** Returns Fashion-MNIST's training set when installed, else random images of the same shape. */
  private Images images() {
    int n = quick ? 2_000 : 60_000;
    try {
      return new Images(Datasets.fashionMnist(true, n), "Fashion-MNIST");
    } catch (RuntimeException missing) {
      java.util.Random random = new java.util.Random(3);
      int[] labels = random.ints(n, 0, 10).toArray();
      Dataset data = Dataset.classification("random images", NdArray.rand(random, n, 784), labels,
          Dataset.defaultFeatureNames(784), List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
      return new Images(data, "random data (Fashion-MNIST is not installed: apt-get install dataset-fashion-mnist)");
    }
  }

  private record Images(Dataset data, String source) {}

  /** One training step over a cycle of prepared batches: zero grads, forward, loss, backward, update. */
  private static final class Step {
    private final Module model;
    private final Loss loss;
    private final Optimizer optimizer;
    private final List<Batch> batches;
    private double lossValue;
    private long steps;

    Step(Module model, Loss loss, Optimizer optimizer, List<Batch> batches) {
      this.model = model;
      this.loss = loss;
      this.optimizer = optimizer;
      this.batches = batches;
    }

    void run() {
      Batch batch = batches.get((int) (steps % batches.size()));
      optimizer.zeroGrad();
      Tensor objective = loss.compute(model.forward(Tensor.of(batch.features())), batch.targets());
      objective.backward();
      optimizer.step();
      lossValue = objective.item();
      steps++;
    }
  }
}
