package org.dlkit.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.dlkit.autograd.Tensor;
import org.dlkit.data.Dataset;
import org.dlkit.data.Datasets;
import org.dlkit.nd.NdArray;
import org.dlkit.nn.BinaryCrossEntropy;
import org.dlkit.nn.CrossEntropy;
import org.dlkit.nn.Dense;
import org.dlkit.nn.Dropout;
import org.dlkit.nn.Identity;
import org.dlkit.nn.Initializers;
import org.dlkit.nn.Loss;
import org.dlkit.nn.MSE;
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

/** dlkit itself as a contender: the workloads built from its nn, optim and train packages, in this JVM, in f64. */
public final class DlkitContender implements Contender {
  static final int BATCH = 64;

  private final Map<Workload, Run> runs = new EnumMap<>(Workload.class);

  @Override
  public String name() {
    return "dlkit";
  }

  @Override
  public String version() {
    return "dlkit " + Optional.ofNullable(DlkitContender.class.getPackage().getImplementationVersion()).orElse("dev");
  }

  @Override
  public Optional<String> unavailable() {
    return Optional.empty();
  }

  @Override
  public boolean supports(Precision precision) {
    return precision == Precision.F64;
  }

  @Override
  public String prepare(Workload workload, Precision precision, int examples, int hidden) {
    if (precision != Precision.F64) {
      throw new IllegalArgumentException("dlkit computes in f64 only, not " + precision.label());
    }
    Initializers.seed(42);
    Run run = switch (workload) {
      case W1 -> fullBatch(Datasets.moons(200, 0.1, 1), new Sequential(new Dense(2, 16, new Tanh()),
          new Dense(16, 16, new Tanh()), new Dense(16, 1, new Sigmoid())), BinaryCrossEntropy.onProbabilities(), "moons");
      case W2 -> fullBatch(xor(), new Sequential(new Dense(2, 3, new Sigmoid()),
          new Dense(3, 1, new Sigmoid())), new MSE(), "xor");
      case W3, W4 -> images(workload, examples, hidden);
    };
    runs.put(workload, run);
    return run.source;
  }

  @Override
  public double steps(Workload workload, Precision precision, int count) {
    Run run = prepared(workload);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      run.step();
    }
    return (System.nanoTime() - start) / 1e9;
  }

  @Override
  public double epoch(Workload workload, Precision precision) {
    Run run = prepared(workload);
    if (run.loader == null) {
      throw new IllegalArgumentException("dlkit: " + workload + " trains on one full batch and has no epoch to time");
    }
    long start = System.nanoTime();
    Trainer.of(run.model, run.loss, run.optimizer).epochs(1).fit(run.loader);
    return (System.nanoTime() - start) / 1e9;
  }

  /** Returns the loss after the last step of a prepared workload, to show the steps really train. */
  public double lastLoss(Workload workload) {
    return prepared(workload).lastLoss;
  }

  @Override
  public void close() {
    runs.clear();
  }

  private Run prepared(Workload workload) {
    Run run = runs.get(workload);
    if (run == null) {
      throw new IllegalStateException("dlkit: " + workload + " is not prepared; call prepare first");
    }
    return run;
  }

  private static Run fullBatch(Dataset data, Sequential model, Loss loss, String source) {
    // The whole set is the one batch (no loader: W1 and W2 have no epochs to time).
    Batch all = new Batch(data.features(), data.targets(), new int[data.size()]);
    return new Run(model, loss, Sgd.of(model.parameters(), 0.5), null, List.of(all), source);
  }

  /** Returns the four XOR points: 1 where exactly one input is 1. */
  private static Dataset xor() {
    return Dataset.regression("xor", NdArray.of(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}),
        NdArray.of(new double[][] {{0}, {1}, {1}, {0}}), List.of("x1", "x2"));
  }

  private static Run images(Workload workload, int examples, int hidden) {
    Dataset data;
    String source;
    try {
      data = Datasets.fashionMnist(true, examples);
      source = "Fashion-MNIST";
    } catch (RuntimeException missing) {
      Random random = new Random(3);
      data = Dataset.classification("random images", NdArray.rand(random, examples, 784),
          random.ints(examples, 0, 10).toArray(), Dataset.defaultFeatureNames(784),
          List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"));
      source = "random data (Fashion-MNIST is not installed)";
    }
    Sequential model = workload == Workload.W3
        ? new Sequential(new Dense(784, hidden, new ReLU()), new Dense(hidden, 10, new Identity()))
        : new Sequential(new Dense(784, hidden, new ReLU()), new Dropout(0.5), new Dense(hidden, 10, new Identity()));
    Optimizer optimizer = workload == Workload.W3 ? Sgd.of(model.parameters(), 0.01) : Adam.of(model.parameters(), 1e-3);
    DataLoader loader = DataLoader.of(data, BATCH).shuffled(1);
    return new Run(model, new CrossEntropy(), optimizer, loader, List.copyOf(loader.batches(0)), source);
  }

  /** One workload: zero grads, forward, loss, backward and update over a cycle of prepared batches. */
  private static final class Run {
    private final Module model;
    private final Loss loss;
    private final Optimizer optimizer;
    private final DataLoader loader;
    private final List<Batch> batches;
    private final String source;
    private long steps;
    private double lastLoss = Double.NaN;

    Run(Module model, Loss loss, Optimizer optimizer, DataLoader loader, List<Batch> batches, String source) {
      this.model = model;
      this.loss = loss;
      this.optimizer = optimizer;
      this.loader = loader;
      this.batches = batches;
      this.source = source;
    }

    void step() {
      Batch batch = batches.get((int) (steps++ % batches.size()));
      optimizer.zeroGrad();
      Tensor objective = loss.compute(model.forward(Tensor.of(batch.features())), batch.targets());
      objective.backward();
      optimizer.step();
      lastLoss = objective.item();
    }
  }
}
